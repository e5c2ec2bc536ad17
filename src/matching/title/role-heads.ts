/**
 * Role heads of job titles: the word that names the kind of work (engineer, manager, 工程师, 经理 …),
 * grouped into families of related heads and the families into broader groups. General occupational
 * knowledge, written down once; it is not derived from any evaluation query.
 *
 * Line format: `family | group | zh heads | en heads` (comma separated). A head may be multi-word in English.
 */
const HEADS = `
engineer | technical | 工程师,工程人员,工艺师,工艺员,技术专家,技术人员,技术员,技师,技工,机械师,机修工,技术工人 | engineer,technician,technologist,tech,mechanic
developer | technical | 开发人员,开发者,开发工程师,程序员,编程员,开发员,软件工程师 | developer,programmer,coder
architect | technical | 架构师,建筑师 | architect
scientist | technical | 科学家,研究员,研究人员,研究者,学者,研究助理 | scientist,researcher,fellow
manager | lead | 经理,主管,总监,主任,负责人,部长,科长,处长,组长,班长,领班,队长,店长,厂长,总经理,总裁,副总裁,董事,董事长,主席,总管,监督员,督导,经营者,领导,院长,校长,局长,行长,站长,所长,总编,主编 | manager,director,head,supervisor,superintendent,foreman,forewoman,chief,president,vp,executive,leader,lead,overseer,principal,chairman,chairperson,controller,officer in charge,dean,commander,captain,boss
coordinator | lead | 协调员,协调人,协调专员,统筹,调度员,调度,组织者,策划人 | coordinator,organiser,organizer,scheduler,dispatcher
administrator | office | 管理员,管理人员,行政人员,行政专员,干事,办事员,文员,职员,秘书,登记员,录入员,书记员 | administrator,officer,clerk,secretary,registrar,typist
analyst | professional | 分析师,分析员,专员,专家,规划师,策划师,策划,策略师,精算师 | analyst,specialist,expert,strategist,planner
consultant | professional | 顾问,咨询师,咨询顾问,咨询员,参谋,辅导员,辅导师 | consultant,advisor,adviser,counsellor,counselor,counsel
assistant | support | 助理,助手,帮手,助教,辅助人员,帮工,学徒,实习生,见习生 | assistant,aide,helper,apprentice,intern,trainee,auxiliary
operator | operative | 操作工,操作员,操作人员,作业员,作业人员,工人,普工,机手,装配工,装配员,生产工,包装工 | operator,worker,labourer,laborer,hand,assembler,operative,packer,machinist
installer | operative | 安装工,安装员,维修工,维修员,修理工,维修人员,装修工,电工,钳工,焊工,管道工,木工,油漆工 | installer,repairer,fitter,electrician,welder,plumber,carpenter,joiner,painter,servicer
representative | sales | 代表,代理,代理人,经纪人,中介,业务员,销售员,销售代表,推销员,营业员,售货员,导购,经销商 | representative,rep,agent,broker,associate,salesperson,salesman,saleswoman,seller,dealer,negotiator
designer | creative | 设计师,设计员,美工,插画师,绘图员,制图员 | designer,illustrator,draftsman,draughtsman,drafter
artist | creative | 艺术家,画家,演员,歌手,音乐家,舞者,表演者,作曲家,摄影师 | artist,painter,actor,actress,singer,musician,dancer,performer,composer,photographer
writer | creative | 编辑,作家,作者,撰稿人,记者,文案,翻译,译员,编剧,主播,主持人 | writer,editor,author,journalist,reporter,copywriter,translator,interpreter,anchor,presenter,correspondent
teacher | education | 教师,老师,讲师,教员,教授,培训师,教练,导师,家教,幼师 | teacher,instructor,lecturer,professor,trainer,tutor,coach,educator,mentor
inspector | professional | 检验员,检查员,质检员,检测员,审核员,审计员,审计师,督察,稽查员,巡视员,评估师,评估员,鉴定师,测试员,核保员,验收员 | inspector,examiner,auditor,assessor,appraiser,checker,tester,surveyor,underwriter,investigator
clinician | health | 医生,医师,护士,护师,治疗师,药师,大夫 | physician,doctor,nurse,therapist,clinician,surgeon,pharmacist,practitioner
accountant | professional | 会计,会计师,出纳,簿记员,记账员,核算员 | accountant,bookkeeper,cashier,teller
attendant | service | 服务员,乘务员,接待员,招待员,侍者,保姆,保洁员,清洁工,服务人员 | attendant,server,waiter,waitress,host,hostess,receptionist,steward,stewardess,cleaner,janitor,housekeeper
driver | operative | 司机,驾驶员,驾驶人,飞行员,机长,船长,水手 | driver,chauffeur,pilot,sailor
guard | service | 保安,警卫,门卫,安保员,警察,警员 | guard,policeman,policewoman,constable
cook | service | 厨师,面包师,烘焙师,调酒师,咖啡师 | cook,chef,baker,bartender,barista
owner | lead | 老板,业主,创始人,企业家,合伙人 | owner,founder,entrepreneur,proprietor,partner
`;

/** Generic one-character (zh) heads: they mark a person but say little about the role. */
export const GENERIC_ZH_HEADS = ['人员', '员', '师', '工', '人', '者', '家', '官', '手', '生', '匠', '长'] as const;

export interface HeadEntry {
  head: string;
  family: string;
  group: string;
  lang: 'zh' | 'en';
}

function parse(): HeadEntry[] {
  const out: HeadEntry[] = [];
  for (const line of HEADS.split('\n')) {
    if (!line.trim()) continue;
    const [family, group, zh, en] = line.split('|').map((s) => s.trim());
    for (const h of zh.split(',')) if (h.trim()) out.push({ head: h.trim(), family, group, lang: 'zh' });
    for (const h of en.split(',')) if (h.trim()) out.push({ head: h.trim(), family, group, lang: 'en' });
  }
  return out;
}

export const ROLE_HEADS: readonly HeadEntry[] = parse();

/** zh heads, longest first, for suffix matching. */
export const ZH_HEADS: readonly HeadEntry[] = [
  ...ROLE_HEADS.filter((h) => h.lang === 'zh'),
  ...GENERIC_ZH_HEADS.map((head): HeadEntry => ({ head, family: '', group: '', lang: 'zh' })),
].sort((a, b) => b.head.length - a.head.length);

/** en single-word heads by word. */
export const EN_HEADS: ReadonlyMap<string, HeadEntry> = new Map(
  ROLE_HEADS.filter((h) => h.lang === 'en' && !h.head.includes(' ')).map((h) => [h.head, h]),
);

/** Seniority and grade words: kept apart from the role and the field. */
export const ZH_SENIORITY = [
  '高级', '资深', '初级', '中级', '首席', '助理', '副', '实习', '见习', '主任', '主治', '总', '执行', '常务',
  '一级', '二级', '三级', '四级', '特级', '正', '代理', '临时', '兼职', '全职', '储备', '后备', '首席执行',
  '区域', '地区', '全球', '国际', '高端', '顶级', '领先', '主要', '第一', '第二',
].sort((a, b) => b.length - a.length);

export const EN_SENIORITY = new Set([
  'senior', 'sr', 'junior', 'jr', 'lead', 'chief', 'principal', 'head', 'staff', 'associate', 'assistant',
  'deputy', 'vice', 'executive', 'trainee', 'intern', 'apprentice', 'graduate', 'entry', 'level', 'mid',
  'i', 'ii', 'iii', 'iv', 'v', '1', '2', '3', '4', 'first', 'second', 'third', 'acting', 'interim', 'temporary',
  'temp', 'part', 'time', 'full', 'regional', 'global', 'national', 'international', 'area', 'district', 'general',
]);
