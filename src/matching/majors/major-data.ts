/**
 * Majors found among the zone's talents and partner universities, grouped by the Ministry of
 * Education discipline class (专业类) of the undergraduate catalogue (普通高等学校本科专业目录).
 * Codes are given only where certain; vocational (高职专科) majors carry no code and sit in the
 * undergraduate class they feed, with `closeTo` naming the undergraduate major they correspond to.
 */

export interface MajorFamily {
  /** Four-digit class code of the undergraduate catalogue, e.g. '0804'. */
  code: string;
  zh: string;
  en: string;
}

export type MajorLevel = 'undergraduate' | 'vocational';

export interface MajorRecord {
  zh: string;
  en: string;
  /** Undergraduate catalogue code, e.g. '080404'; absent when not certain or vocational. */
  code?: string;
  family: string;
  level: MajorLevel;
  aliases: string[];
  /** zh names of majors that are near-equivalent across levels (e.g. 冶金技术 ~ 冶金工程). */
  closeTo: string[];
}

export const MAJOR_FAMILIES: readonly MajorFamily[] = [
  { code: '0201', zh: '经济学类', en: 'Economics' },
  { code: '0203', zh: '金融学类', en: 'Finance' },
  { code: '0301', zh: '法学类', en: 'Law' },
  { code: '0502', zh: '外国语言文学类', en: 'Foreign languages and literature' },
  { code: '0701', zh: '数学类', en: 'Mathematics' },
  { code: '0702', zh: '物理学类', en: 'Physics' },
  { code: '0703', zh: '化学类', en: 'Chemistry' },
  { code: '0712', zh: '统计学类', en: 'Statistics' },
  { code: '0801', zh: '力学类', en: 'Mechanics' },
  { code: '0802', zh: '机械类', en: 'Mechanical engineering' },
  { code: '0803', zh: '仪器类', en: 'Instrumentation' },
  { code: '0804', zh: '材料类', en: 'Materials' },
  { code: '0805', zh: '能源动力类', en: 'Energy and power engineering' },
  { code: '0806', zh: '电气类', en: 'Electrical engineering' },
  { code: '0807', zh: '电子信息类', en: 'Electronic information' },
  { code: '0808', zh: '自动化类', en: 'Automation' },
  { code: '0809', zh: '计算机类', en: 'Computing' },
  { code: '0813', zh: '化工与制药类', en: 'Chemical and pharmaceutical engineering' },
  { code: '0815', zh: '矿业类', en: 'Mining' },
  { code: '0825', zh: '环境科学与工程类', en: 'Environmental science and engineering' },
  { code: '0829', zh: '安全科学与工程类', en: 'Safety science and engineering' },
  { code: '1201', zh: '管理科学与工程类', en: 'Management science and engineering' },
  { code: '1202', zh: '工商管理类', en: 'Business administration' },
  { code: '1206', zh: '物流管理与工程类', en: 'Logistics management and engineering' },
  { code: '1207', zh: '工业工程类', en: 'Industrial engineering' },
];

/**
 * Pairs of classes whose graduates commonly fill each other's positions in the zone's industries
 * (e.g. materials and chemical engineering both staff rare-earth separation plants).
 */
export const RELATED_FAMILIES: ReadonlyArray<readonly [string, string]> = [
  ['0804', '0813'], ['0804', '0703'], ['0804', '0702'], ['0804', '0815'], ['0804', '0802'],
  ['0813', '0703'], ['0813', '0825'], ['0815', '0813'],
  ['0802', '0808'], ['0802', '0803'], ['0802', '0806'], ['0802', '0801'],
  ['0806', '0808'], ['0806', '0805'], ['0806', '0807'], ['0806', '0803'],
  ['0807', '0809'], ['0807', '0808'], ['0807', '0803'], ['0808', '0803'], ['0808', '0809'],
  ['0809', '0712'], ['0809', '0701'], ['0712', '0701'],
  ['0805', '0802'], ['0805', '0825'],
  ['0825', '0829'], ['0829', '0813'],
  ['1202', '1207'], ['1202', '1201'], ['1202', '1206'], ['1202', '0201'], ['1202', '0203'],
  ['1207', '1201'], ['1207', '0802'], ['1206', '1201'], ['0201', '0203'], ['0203', '0712'],
];

/** Five strings; for undergraduate rows [zh, en, code ('' when unsure), family, aliases]. */
type Row = readonly [string, string, string, string, string];

const UNDERGRADUATE: readonly Row[] = [
  ['经济学', 'Economics', '020101', '0201', 'economics'],
  ['金融学', 'Finance', '020301K', '0203', '金融|finance'],
  ['法学', 'Law', '030101K', '0301', '法律|law'],
  ['知识产权', 'Intellectual property', '030102T', '0301', '知识产权管理|intellectual property law'],
  ['英语', 'English', '050201', '0502', '英语语言文学|english language and literature|english'],
  ['俄语', 'Russian', '050202', '0502', 'russian'],
  ['日语', 'Japanese', '050207', '0502', 'japanese'],
  ['翻译', 'Translation and interpreting', '050261', '0502', '英语翻译|translation'],
  ['商务英语', 'Business English', '050262', '0502', 'business english'],
  ['数学与应用数学', 'Mathematics and applied mathematics', '070101', '0701', '数学|应用数学|mathematics'],
  ['物理学', 'Physics', '070201', '0702', '凝聚态物理|理论物理|physics'],
  ['应用物理学', 'Applied physics', '070202', '0702', '应用物理|applied physics'],
  ['化学', 'Chemistry', '070301', '0703', '无机化学|分析化学|物理化学|有机化学|chemistry'],
  ['应用化学', 'Applied chemistry', '070302', '0703', 'applied chemistry'],
  ['统计学', 'Statistics', '071201', '0712', '应用统计学|statistics'],
  ['工程力学', 'Engineering mechanics', '080102', '0801', '力学|固体力学|engineering mechanics'],
  ['机械工程', 'Mechanical engineering', '080201', '0802', 'mechanical engineering|机械工程及自动化'],
  ['机械设计制造及其自动化', 'Mechanical design, manufacturing and automation', '080202', '0802', '机械设计制造|机械制造及其自动化|机械设计及理论|机械设计|机械制造|机制|mechanical design and manufacturing'],
  ['材料成型及控制工程', 'Materials forming and control engineering', '080203', '0802', '材料成型|材料加工工程|材控|materials forming'],
  ['机械电子工程', 'Mechatronic engineering', '080204', '0802', '机电工程|机械电子|mechatronics|mechatronic engineering'],
  ['工业设计', 'Industrial design', '080205', '0802', 'industrial design'],
  ['过程装备与控制工程', 'Process equipment and control engineering', '080206', '0802', '过程装备|化工机械|process equipment'],
  ['车辆工程', 'Vehicle engineering', '080207', '0802', 'vehicle engineering|汽车工程'],
  ['智能制造工程', 'Intelligent manufacturing engineering', '080213T', '0802', '智能制造|intelligent manufacturing'],
  ['测控技术与仪器', 'Measurement and control technology and instruments', '080301', '0803', '测控|仪器科学与技术|精密仪器|measurement and control'],
  ['材料科学与工程', 'Materials science and engineering', '080401', '0804', '材料学|材料工程|材料科学|materials science and engineering|materials science|mse'],
  ['材料物理', 'Materials physics', '080402', '0804', 'materials physics'],
  ['材料化学', 'Materials chemistry', '080403', '0804', 'materials chemistry'],
  ['冶金工程', 'Metallurgical engineering', '080404', '0804', '冶金|钢铁冶金|有色金属冶金|冶金物理化学|稀土冶金|metallurgy|metallurgical engineering'],
  ['金属材料工程', 'Metallic materials engineering', '080405', '0804', '金属材料|金属材料与热处理|metallic materials|metal materials engineering'],
  ['无机非金属材料工程', 'Inorganic non-metallic materials engineering', '080406', '0804', '无机非金属材料|无机非|inorganic non-metallic materials'],
  ['高分子材料与工程', 'Polymer materials and engineering', '080407', '0804', '高分子材料|polymer materials'],
  ['复合材料与工程', 'Composite materials and engineering', '080408', '0804', '复合材料|composite materials'],
  ['粉体材料科学与工程', 'Powder materials science and engineering', '080409T', '0804', '粉体材料|粉末冶金|powder materials'],
  ['焊接技术与工程', 'Welding technology and engineering', '080411T', '0804', '焊接工程|welding engineering'],
  ['功能材料', 'Functional materials', '080412T', '0804', 'functional materials|磁性材料'],
  ['纳米材料与技术', 'Nanomaterials and technology', '080413T', '0804', '纳米材料|nanomaterials'],
  ['新能源材料与器件', 'New energy materials and devices', '080414T', '0804', '新能源材料|new energy materials'],
  ['稀土工程', 'Rare earth engineering', '', '0804', '稀土|rare earth engineering'],
  ['能源与动力工程', 'Energy and power engineering', '080501', '0805', '热能与动力工程|动力工程及工程热物理|热能工程|energy and power engineering'],
  ['新能源科学与工程', 'New energy science and engineering', '080503T', '0805', '新能源|new energy science and engineering'],
  ['储能科学与工程', 'Energy storage science and engineering', '080504T', '0805', '储能|energy storage'],
  ['电气工程及其自动化', 'Electrical engineering and automation', '080601', '0806', '电气工程|电力系统及其自动化|电机与电器|电力电子与电力传动|高电压与绝缘技术|电气|electrical engineering'],
  ['智能电网信息工程', 'Smart grid information engineering', '080602T', '0806', '智能电网|smart grid'],
  ['电子信息工程', 'Electronic information engineering', '080701', '0807', '电子信息|电子工程|electronic information engineering'],
  ['电子科学与技术', 'Electronic science and technology', '080702', '0807', 'electronic science and technology'],
  ['通信工程', 'Communication engineering', '080703', '0807', '通信|信息与通信工程|communication engineering'],
  ['微电子科学与工程', 'Microelectronics science and engineering', '080704', '0807', '微电子|集成电路|microelectronics'],
  ['光电信息科学与工程', 'Optoelectronic information science and engineering', '080705', '0807', '光电信息|光电|optoelectronics'],
  ['人工智能', 'Artificial intelligence', '080717T', '0807', 'artificial intelligence|ai'],
  ['自动化', 'Automation', '080801', '0808', '控制科学与工程|控制理论与控制工程|自动控制|automation|control engineering'],
  ['机器人工程', 'Robotics engineering', '080803T', '0808', 'robotics engineering|robotics'],
  ['计算机科学与技术', 'Computer science and technology', '080901', '0809', '计算机|计算机科学|computer science|cs'],
  ['软件工程', 'Software engineering', '080902', '0809', 'software engineering'],
  ['网络工程', 'Network engineering', '080903', '0809', 'network engineering'],
  ['信息安全', 'Information security', '080904K', '0809', 'information security'],
  ['物联网工程', 'Internet of things engineering', '080905', '0809', '物联网|iot engineering'],
  ['数据科学与大数据技术', 'Data science and big data technology', '080910T', '0809', '数据科学|大数据|data science|big data'],
  ['网络空间安全', 'Cyberspace security', '080911TK', '0809', 'cyberspace security|cyber security'],
  ['化学工程与工艺', 'Chemical engineering and technology', '081301', '0813', '化学工程|化工|化学工艺|化工工艺|chemical engineering'],
  ['能源化学工程', 'Energy chemical engineering', '081304T', '0813', 'energy chemical engineering'],
  ['采矿工程', 'Mining engineering', '081501', '0815', '采矿|mining engineering'],
  ['矿物加工工程', 'Mineral processing engineering', '081503', '0815', '矿物加工|选矿|选矿工程|mineral processing'],
  ['环境工程', 'Environmental engineering', '082502', '0825', 'environmental engineering'],
  ['环境科学', 'Environmental science', '082503', '0825', 'environmental science'],
  ['安全工程', 'Safety engineering', '082901', '0829', '安全科学与工程|safety engineering'],
  ['信息管理与信息系统', 'Information management and information systems', '120102', '1201', '信管|information management'],
  ['工程管理', 'Engineering management', '120103', '1201', 'engineering management'],
  ['工商管理', 'Business administration', '120201K', '1202', '企业管理|mba|business administration'],
  ['市场营销', 'Marketing', '120202', '1202', '营销|marketing'],
  ['会计学', 'Accounting', '120203K', '1202', '会计|accounting'],
  ['财务管理', 'Financial management', '120204', '1202', 'financial management'],
  ['人力资源管理', 'Human resource management', '120206', '1202', '人力资源|human resource management|hrm'],
  ['审计学', 'Auditing', '120207', '1202', '审计|auditing'],
  ['物流管理', 'Logistics management', '120601', '1206', '物流|logistics management'],
  ['供应链管理', 'Supply chain management', '120604T', '1206', 'supply chain management'],
  ['工业工程', 'Industrial engineering', '120701', '1207', 'industrial engineering|ie'],
];

/** [zh, en, family, aliases, closeTo]. */
const VOCATIONAL: readonly Row[] = [
  ['冶金技术', 'Metallurgical technology', '0804', '有色金属智能冶金技术|钢铁智能冶金技术|有色冶金技术|黑色冶金技术|冶金工艺', '冶金工程'],
  ['稀土材料技术', 'Rare-earth materials technology', '0804', '稀土冶炼技术|稀土材料', '稀土工程'],
  ['材料工程技术', 'Materials engineering technology', '0804', '金属材料检测技术|材料检测技术|新材料技术', '材料科学与工程|金属材料工程'],
  ['焊接技术与自动化', 'Welding technology and automation', '0804', '智能焊接技术|焊接技术|焊接自动化', '焊接技术与工程'],
  ['机电一体化技术', 'Mechatronics technology', '0802', '机电一体化|机电技术', '机械电子工程'],
  ['数控技术', 'CNC technology', '0802', '数控加工技术|数控设备应用与维护', '机械设计制造及其自动化'],
  ['机械制造及自动化', 'Machinery manufacturing and automation (vocational)', '0802', '机械设计与制造|智能制造装备技术', '机械设计制造及其自动化'],
  ['模具设计与制造', 'Mould design and manufacturing', '0802', '模具设计|模具制造', '材料成型及控制工程'],
  ['机电设备技术', 'Electromechanical equipment technology', '0802', '机电设备维修与管理|机电设备安装技术|工业设备安装工程技术', '机械工程'],
  ['电气自动化技术', 'Electrical automation technology', '0806', '电气自动化|工业电气自动化', '电气工程及其自动化'],
  ['供用电技术', 'Power supply and utilisation technology', '0806', '发电厂及电力系统|电力系统自动化技术|电力系统运行与维护', '电气工程及其自动化'],
  ['电机与电器技术', 'Motor and electrical appliance technology', '0806', '电机电器技术', '电气工程及其自动化'],
  ['工业机器人技术', 'Industrial robot technology', '0808', '工业机器人|机器人技术', '机器人工程'],
  ['工业过程自动化技术', 'Industrial process automation technology', '0808', '化工自动化技术|生产过程自动化技术|智能控制技术', '自动化'],
  ['电子信息工程技术', 'Electronic information engineering technology', '0807', '应用电子技术|电子技术', '电子信息工程'],
  ['计算机应用技术', 'Computer application technology', '0809', '计算机网络技术|计算机应用', '计算机科学与技术'],
  ['软件技术', 'Software technology', '0809', '软件开发技术', '软件工程'],
  ['大数据技术', 'Big data technology', '0809', '大数据技术与应用', '数据科学与大数据技术'],
  ['工业分析技术', 'Industrial analysis technology', '0703', '工业分析与检验|分析检验技术|化工分析', '应用化学'],
  ['应用化工技术', 'Applied chemical technology', '0813', '化工技术', '化学工程与工艺'],
  ['光伏工程技术', 'Photovoltaic engineering technology', '0805', '光伏发电技术与应用|光伏材料制备技术|光伏技术', '新能源科学与工程'],
  ['风力发电工程技术', 'Wind power engineering technology', '0805', '风电技术|风力发电', '新能源科学与工程'],
  ['环境工程技术', 'Environmental engineering technology', '0825', '环境监测技术|环境监测与控制技术', '环境工程'],
  ['安全技术与管理', 'Safety technology and management', '0829', '安全技术|化工安全技术', '安全工程'],
  ['大数据与会计', 'Big data and accounting', '1202', '会计电算化|会计(高职)', '会计学'],
  ['应用英语', 'Applied English', '0502', '实用英语', '英语'],
];

const split = (s: string): string[] => (s ? s.split('|').map((x) => x.trim()).filter(Boolean) : []);

export const MAJORS: readonly MajorRecord[] = [
  ...UNDERGRADUATE.map(([zh, en, code, family, aliases]): MajorRecord => ({
    zh,
    en,
    ...(code ? { code } : {}),
    family,
    level: 'undergraduate',
    aliases: split(aliases),
    closeTo: [],
  })),
  ...VOCATIONAL.map(([zh, en, family, aliases, closeTo]): MajorRecord => ({
    zh,
    en,
    family,
    level: 'vocational',
    aliases: split(aliases),
    closeTo: split(closeTo),
  })),
];
