/**
 * Occupational field families, zh and en, sharing one id space so Chinese and English titles meet.
 * `sector.family | zh terms | en terms` (comma separated). A term may belong to several families.
 * Chinese terms match as substrings of normalised (simplified) text; English terms match as sequences of
 * Porter stems, so plain words are written here. General vocabulary of occupations (ISCO/ESCO-style
 * groupings), written by hand; not derived from any evaluation query.
 */
export const FIELD_FAMILY_LINES = `
it.software | 软件,程序,编程,代码,前端,后端,全栈,网页,应用程序,移动开发,安卓,java,python,php,javascript,html,css,.net,c++,c#,ruby,golang,嵌入式,游戏开发,web开发 | software,programming,programmer,coding,code,frontend,front end,backend,back end,full stack,fullstack,java,python,php,javascript,html,css,.net,ruby,golang,embedded,application developer,mobile developer,android,ios,devops
it.network | 网络,网管,路由,交换机,局域网,广域网,无线网络,通信网络 | network,networking,lan,wan,router,cisco,wireless network
it.security | 网络安全,信息安全,数据安全,渗透测试,漏洞,安全运营 | cybersecurity,cyber security,information security,infosec,it security,network security,penetration,vulnerability,security analyst,soc
it.systems | 系统,系统管理,运维,服务器,linux,unix,windows,数据中心,云计算,云平台,虚拟化,基础设施,it,信息技术,计算机,电脑,信息化,信息系统 | system,systems,sysadmin,server,linux,unix,windows,data center,data centre,cloud,aws,azure,virtualization,infrastructure,it,information technology,computer,computing,ict,information system
it.support | 技术支持,桌面支持,帮助台,服务台,it支持,运维支持 | technical support,tech support,help desk,helpdesk,desktop support,service desk,it support
it.data | 数据,数据库,大数据,数据分析,数据科学,商业智能,bi,sql,数据仓库,机器学习,人工智能,算法,深度学习 | data,database,big data,analytics,business intelligence,bi,sql,data warehouse,machine learning,artificial intelligence,ai,algorithm,deep learning,dba,etl
it.qa | 软件测试,测试工程,自动化测试,质量保证,qa | software testing,testing,qa,quality assurance,tester,test automation
it.ux | 用户体验,交互设计,ui,ux,界面设计,可用性 | ux,ui,user experience,user interface,interaction design,usability
it.telecom | 电信,通信,通讯,移动通信,5g,4g,光纤,基站,射频 | telecom,telecommunication,telecommunications,communications engineer,fiber,fibre,radio frequency,rf,wireless
it.erp | erp,sap,crm,salesforce,oracle | erp,sap,crm,salesforce,oracle
it.web | 网站,互联网,电子商务,电商,数字化,在线,网络营销 | website,web,internet,online,digital,e-commerce,ecommerce
eng.mechanical | 机械,机电,机器,设备,数控,cnc,机床,模具,液压,气动,传动,机加工,车工,铣工,钳工,零部件 | mechanical,mechatronics,machine,machinery,equipment,cnc,lathe,hydraulic,pneumatic,tooling,mould,mold,machinist,machining,millwright
eng.electrical | 电气,电力,电工,强电,弱电,配电,供电,变电,输电,高压,电机,电网,电缆 | electrical,electric,electrician,power distribution,power system,substation,high voltage,electrical grid,grid,wiring,cable
eng.electronics | 电子,电路,硬件,pcb,集成电路,芯片,半导体,晶圆,微电子 | electronic,electronics,circuit,hardware,pcb,integrated circuit,chip,semiconductor,wafer,microelectronics
eng.automotive | 汽车,车辆,机动车,汽修,发动机,整车,底盘 | automotive,vehicle,car,auto,motor vehicle,chassis,car mechanic
eng.aerospace | 航空,航天,飞机,飞行器,航空电子 | aerospace,aviation,aircraft,aeronautical,avionics,airframe
eng.civil | 土木,结构,桥梁,道路,隧道,市政,岩土,水利 | civil,structural,bridge,road,highway,tunnel,geotechnical,hydraulic engineering
eng.chemical | 化工,化学,化验,聚合,涂料,石化 | chemical,chemistry,chemist,polymer,coating,petrochemical
eng.process | 工艺,流程,工艺流程 | process,process engineering
eng.materials | 材料,冶金,金属,钢铁,有色,稀土,铸造,锻造,热处理,焊接,焊工,冶炼,轧钢 | material,materials,metallurgy,metallurgical,metal,steel,casting,foundry,forging,heat treatment,welding,welder,smelting,rare earth
eng.manufacturing | 生产,制造,车间,工厂,产线,流水线,装配,加工,制造业,厂 | production,manufacturing,plant,factory,assembly,fabrication,shop floor,manufacture,assembler,operative
eng.quality | 质量,质检,品质,品管,检验,qc,质控,iso | quality,qc,quality control,inspection,quality assurance,iso
eng.industrial | 工业工程,精益,六西格玛,持续改进 | industrial engineering,lean,six sigma,continuous improvement,industrial
eng.automation | 自动化,plc,控制,仪表,仪器,机器人,测控 | automation,plc,control,instrumentation,instrument,robotics,robot,scada
eng.maintenance | 维修,维护,保养,检修,修理,维保 | maintenance,repair,overhaul
eng.hvac | 暖通,空调,制冷,通风,供暖,供热,锅炉 | hvac,air conditioning,refrigeration,ventilation,heating,boiler
eng.drafting | 制图,绘图,cad,autocad,solidworks,图纸 | drafting,draftsman,draughtsman,drafter,cad,autocad,solidworks,drawing
eng.energy | 能源,新能源,光伏,太阳能,风电,风能,核电,核能,石油,天然气,油气,燃气,电池,储能,发电,电厂 | energy,solar,photovoltaic,wind,nuclear,oil,gas,petroleum,battery,renewable,power plant,power generation,utility,utilities
eng.environment | 环境,环保,污水,水处理,废物,固废,环评,排放,节能 | environmental,environment,wastewater,water treatment,waste,sustainability,emission,ecology,recycling
eng.safety | 安全,安全生产,职业健康,消防,hse,ehs,安全员 | safety,hse,ehs,health and safety,occupational health,osha
eng.mining | 采矿,矿山,矿业,矿,地质,勘探,选矿,爆破,钻探,采掘 | mining,mine,miner,mineral,geology,geologist,exploration,quarry,blasting,drilling
eng.audio | 音响,音频,录音,声音,声学,混音,调音 | audio,sound,acoustic,recording,mixing,mastering
eng.rd | 研发,研究开发,技术开发,产品开发,新产品 | research and development,r&d,product development,development engineer
health.medicine | 医生,医师,医学,临床,内科,外科,医疗,医院,门诊,诊所,全科,病理,麻醉,儿科,妇科,产科,心脏,肿瘤,皮肤科,急诊 | physician,doctor,medical,clinical,medicine,hospital,clinic,surgeon,surgery,gp,general practitioner,pathology,pathologist,anaesthetist,anesthesiologist,pediatric,paediatric,cardiology,oncology,dermatology,emergency medicine,internal medicine
health.nursing | 护士,护理,护师,护工,助产,病房 | nurse,nursing,midwife,midwifery,rn,lpn,ward,patient care
health.pharmacy | 药,药剂,药师,药房,药店,制药,医药,配药,药品,药物,药学 | pharmacy,pharmacist,pharmaceutical,drug,pharmacology,dispensing,medication,medicine dispenser,pharma
health.dental | 牙科,口腔,牙医,齿科,牙齿,正畸 | dental,dentist,orthodontist,dentistry,teeth,tooth
health.therapy | 康复,理疗,治疗师,物理治疗,作业治疗,言语治疗,推拿,按摩,针灸,治疗 | therapy,therapist,physiotherapy,physiotherapist,physical therapist,rehabilitation,occupational therapist,speech therapist,massage,chiropractor,acupuncture
health.mental | 心理,精神,心理咨询,精神科,情绪 | psychology,psychologist,psychiatric,psychiatrist,mental health,counselling,counseling,behavioral,behavioural
health.imaging | 影像,放射,超声,b超,核磁,x光 | radiology,radiographer,radiologist,imaging,ultrasound,sonographer,mri,x-ray,radiation
health.vet | 兽医,动物医院,宠物医院,兽 | veterinary,vet,veterinarian,animal health
health.public | 公共卫生,卫生,防疫,疾控,流行病,健康,保健 | public health,epidemiology,epidemiologist,hygiene,sanitation,health,healthcare,health care
health.optical | 眼科,验光,视光,眼镜 | optometrist,optician,ophthalmic,optical,ophthalmology,eye
health.emergency | 急救,急诊,救护,救援 | emergency,paramedic,ambulance,emt,first aid,rescue
health.nutrition | 营养,营养师,膳食,饮食 | nutrition,nutritionist,dietitian,dietician,diet,dietary
health.lab | 检验科,医学检验,化验员,临床检验,采血 | medical laboratory,clinical laboratory,phlebotomist,phlebotomy,lab technician
fin.banking | 银行,柜员,储蓄,支行,分行,信用社 | bank,banking,banker,teller,branch banking,retail banking
fin.lending | 贷款,信贷,借贷,抵押,按揭,放贷,授信,核保,借款,还款 | loan,lending,lender,mortgage,credit,underwriting,underwriter,origination,borrower
fin.insurance | 保险,理赔,核保,精算,保单,投保,保费 | insurance,insurer,claim,claims,underwriting,underwriter,actuary,actuarial,policyholder,premium
fin.investment | 投资,基金,证券,股票,资产管理,财富管理,理财,交易员,期货,私募,风投,投行,资本,并购,股权,债券 | investment,investor,fund,securities,stock,equity,asset management,wealth management,portfolio,trader,trading,hedge,private equity,venture,brokerage,capital,merger,acquisition,bond
fin.accounting | 会计,财务,审计,出纳,记账,簿记,核算,成本,报表,账务,总账,应付,应收,财会 | accounting,accountant,finance,financial,audit,auditor,bookkeeping,bookkeeper,ledger,cost,controller,accounts payable,accounts receivable,cpa,fiscal
fin.tax | 税,税务,税收,报税,纳税 | tax,taxation,vat
fin.treasury | 资金,司库,现金 | treasury,treasurer,cash management
fin.risk | 风险,风控,合规,反洗钱,内控 | risk,compliance,aml,anti money laundering,internal control,fraud
fin.collection | 催收,收款,收账,追债 | collection,collector,debt,recovery
fin.economics | 经济,经济学,经济师 | economist,economics,economic,econometrics
fin.fundraising | 筹款,募捐,捐赠,募资,基金会,慈善,公益 | fundraising,fundraiser,donor,donation,philanthropy,philanthropic,charity,charitable,grant,giving,foundation,nonprofit,non profit
biz.management | 管理,运营,经营,总经理,首席执行官,执行官,高管,业务 | management,operations,operating,executive,ceo,coo,general manager,business,managing
biz.admin | 行政,办公室,文员,文秘,秘书,前台,接待,档案,办公,后勤,总务 | administrative,administration,clerk,clerical,secretary,receptionist,reception,front desk,records,filing,admin
biz.strategy | 战略,策略,管理咨询,咨询 | strategy,strategic,consulting,management consulting,consultancy
biz.project | 项目,项目管理,pmo,敏捷,scrum | project,pmo,agile,scrum,project management
biz.procurement | 采购,供应商,招标,寻源,采买,买手 | procurement,purchasing,buyer,sourcing,supplier,vendor,tender,purchase
biz.supplychain | 供应链,物料,计划员,生产计划 | supply chain,material planning,materials,demand planning,planner
biz.customer | 客服,客户服务,客户支持,售后,呼叫中心,客户 | customer service,customer,client,call center,call centre,customer support,customer care,after sales
biz.development | 业务发展,商务,拓展,bd,合作伙伴,商业 | business development,partnership,partner,commercial,alliance
biz.entrepreneur | 创业,老板,业主,合伙人,创始人 | owner,founder,entrepreneur,startup,proprietor
sales.sales | 销售,营销,推销,售货,导购,业务员,销售额 | sales,salesperson,selling,seller,salesman,saleswoman
sales.account | 客户经理,大客户,渠道,重点客户,客户关系 | account,key account,channel,account executive,client relationship,relationship manager
sales.retail | 零售,门店,店员,商店,超市,收银,店铺,商场,专卖店 | retail,store,shop,cashier,supermarket,merchandising,merchandiser,shop assistant
sales.real_estate | 房地产,地产,房产,置业,物业,楼盘,租赁,房屋,住宅,房东 | real estate,property,realtor,estate,leasing,letting,landlord,housing,residential,realty
sales.trade | 贸易,进出口,外贸,国际贸易,报关,关务,出口,进口,海关 | trade,import,export,customs,trading,international trade,freight forwarding
mkt.marketing | 市场,市场营销,推广,品牌,营销 | marketing,brand,branding,promotion,market,marketer
mkt.digital | 新媒体,社交媒体,搜索引擎,seo,sem,网络营销,数字营销,内容运营,自媒体,电商运营 | social media,seo,sem,digital marketing,content marketing,online marketing,email marketing,community manager
mkt.advertising | 广告,创意,文案,广告投放 | advertising,advert,creative,copywriter,copywriting,media buying
mkt.pr | 公关,公共关系,媒体关系,传播,传讯,沟通 | public relations,pr,communications,communication,press,media relations,spokesperson
mkt.research | 市场调研,市场研究,调研,调查,民意 | market research,survey,insights,consumer research,polling
mkt.events | 活动,会展,展会,会议,婚礼,庆典,演出策划 | event,events,exhibition,conference,meeting,wedding,festival,venue
hr.recruiting | 招聘,猎头,人才,招募,人才引进 | recruitment,recruiter,recruiting,talent,headhunter,staffing,talent acquisition,hiring
hr.hr | 人力资源,人事,hr,员工关系,员工 | human resources,hr,personnel,employee relations,people,workforce,employee
hr.training | 培训,培养,人才发展,学习发展 | training,learning and development,l&d,trainer,coaching
hr.compensation | 薪酬,福利,薪资,工资,绩效,社保 | compensation,benefits,payroll,reward,salary,pension,performance management
legal.law | 法律,律师,法务,法官,诉讼,司法,律所,合同,知识产权,专利,法规,法院,检察,公证,仲裁 | legal,law,lawyer,attorney,solicitor,barrister,counsel,paralegal,judge,litigation,contract,intellectual property,patent,court,notary,arbitration,prosecutor
legal.compliance | 合规,监管,审批,许可 | compliance,regulatory,regulation,licensing,permit
gov.policy | 政策,政府,公共事务,行政机关,公务员,立法,政治,议会,市政,公共管理 | policy,government,public affairs,legislative,political,politics,civil servant,parliament,municipal,public administration,public sector
gov.diplomacy | 外交,领事,使馆,国际关系 | diplomat,diplomatic,consular,embassy,international relations,foreign affairs
pub.police | 警察,公安,刑侦,侦查,调查,侦探,巡警,执法,警务,刑警 | police,detective,investigator,investigation,law enforcement,patrol,constable,sheriff,criminal investigation
pub.security | 保安,安保,警卫,门卫,安检,保镖,安防 | security,security guard,bodyguard,guard,surveillance,cctv
pub.fire | 消防,救火,灭火 | firefighter,fire fighter,fire,fireman
pub.military | 军,军队,士兵,部队,军官,国防 | military,army,soldier,navy,air force,defence,defense,marine corps
pub.corrections | 监狱,狱警,看守,矫正 | prison,correctional,corrections,jail,probation
pub.social | 社工,社会工作,社区,救助,福利,志愿,民政,社会服务 | social work,social worker,community,welfare,volunteer,social services,outreach,caseworker,case manager
care.childcare | 保姆,育儿,托儿,幼儿,婴儿,儿童,月嫂,育婴,早教,托育,孩子 | childcare,child care,babysitter,babysitting,au pair,child,children,infant,nursery,preschool,daycare,childminder,kid
care.elderly | 养老,老人,老年,护工,陪护,看护,家政,居家 | elderly,elder care,caregiver,carer,home care,personal care,domestic,aged care,senior care,care home,care worker
care.beauty | 美容,美发,理发,化妆,美甲,造型,发型,护肤,美体,spa | beauty,beautician,cosmetologist,cosmetology,hairdresser,hairdressing,hair,barber,makeup,make up,stylist,nail,esthetician,skincare,spa
care.animal | 宠物,犬,狗,猫,动物,饲养,驯兽,训犬,马术,畜 | pet,dog,canine,cat,animal,groomer,grooming,kennel,zookeeper,zoo,horse,equine,trainer of animals
care.funeral | 殡葬,殡仪,丧葬,墓 | funeral,mortician,embalmer,undertaker,cemetery
care.cleaning | 清洁,保洁,洗衣,洗涤,卫生员 | cleaning,cleaner,janitor,housekeeping,laundry,custodian,custodial
sport.fitness | 健身,体能,瑜伽,普拉提,私教,运动康复,减肥 | fitness,gym,yoga,pilates,personal trainer,exercise,strength and conditioning,wellness
sport.sports | 体育,运动员,球队,赛事,运动,足球,篮球,游泳,裁判 | sport,sports,athlete,athletic,team,football,soccer,basketball,swimming,referee,umpire,coach
edu.school | 教师,老师,教学,学校,小学,中学,高中,幼儿园,班主任,教育,课程,学科 | teacher,teaching,school,education,educator,primary,secondary,high school,kindergarten,classroom,curriculum,pedagogy
edu.higher | 大学,高校,教授,讲师,学术,学院,博士后,科研 | university,college,professor,lecturer,academic,faculty,postdoctoral,higher education
edu.tutoring | 辅导,家教,补习,培训机构,教培 | tutor,tutoring,tuition,instructor
edu.special | 特殊教育,特教,残障 | special education,special needs,sen,disability,disabilities
edu.language | 语言,外语,英语,翻译,口译,笔译,汉语,日语,法语,德语,西班牙语 | language,english,translator,translation,interpreter,interpreting,linguist,linguistic,esl,tefl
edu.library | 图书馆,档案馆,馆员,档案 | library,librarian,archivist,archive,records management,museum,curator
edu.admin | 教务,招生,学生事务,学籍 | admissions,registrar,student affairs,student services,enrolment,enrollment
media.journalism | 新闻,记者,采编,报社,报纸,主播,播音,主持,评论员 | news,journalist,journalism,reporter,editorial,anchor,newsroom,presenter,broadcaster,correspondent,newspaper,columnist
media.publishing | 出版,图书,杂志,期刊,编辑,校对 | publishing,publisher,editor,magazine,book,journal,proofreader,editorial
media.broadcast | 广播,电视,影视,电台,节目,播出,转播 | broadcast,broadcasting,television,tv,radio,programme,program producer,transmission
media.film | 电影,导演,制片,摄像,剪辑,后期,动画,视频,影片 | film,movie,cinema,producer,video,editing,animation,animator,cinematographer,camera,post production
media.photo | 摄影,拍摄,照片 | photography,photographer,photo,photographic
media.music | 音乐,乐队,歌手,演奏,作曲,声乐,乐器,钢琴 | music,musician,singer,composer,band,orchestra,instrumentalist,piano,musical
media.performing | 演员,表演,舞蹈,戏剧,舞台,演出,剧院 | actor,actress,performer,performing,dance,dancer,theatre,theater,stage,acting
media.art | 艺术,美术,画家,绘画,雕塑,工艺美术,手工艺 | art,artist,fine art,painting,sculpture,sculptor,craft,artisan
media.design | 设计,平面设计,视觉,美工,图形,插画 | design,designer,graphic,visual,illustration,illustrator
media.fashion | 服装,时装,服饰,纺织,鞋,面料,缝纫,裁缝 | fashion,apparel,clothing,garment,textile,footwear,fabric,sewing,tailor,seamstress
media.interior | 室内设计,装潢,装饰,软装 | interior,interior design,decoration,decor,furnishing
media.writing | 写作,文案,作家,撰稿,内容,编剧,文字 | writer,writing,author,content,copywriter,screenwriter,scriptwriter,script
media.game | 游戏 | game,gaming,video game
hosp.hotel | 酒店,宾馆,客房,民宿,度假村,礼宾 | hotel,hospitality,lodging,housekeeping,concierge,resort,guest
hosp.food | 餐饮,餐厅,厨师,厨房,烹饪,烘焙,面包,西餐,中餐,调酒,咖啡,服务员,餐,饭店,酒吧,食堂 | restaurant,catering,chef,cook,culinary,kitchen,baker,bakery,pastry,bartender,barista,waiter,waitress,food and beverage,bar,cafe,canteen,dining
hosp.food_science | 食品,风味,食品安全,食品科学,酿造,饮料,乳制品 | food,flavor,flavour,food safety,food science,brewing,brewer,beverage,dairy
hosp.tourism | 旅游,旅行,导游,票务,景区,出境 | tourism,travel,tour,tourist,guide,ticketing,tour operator
hosp.cabin | 空乘,乘务,空姐 | flight attendant,cabin crew,steward,stewardess,air hostess
log.logistics | 物流,仓储,仓库,配送,库存,货运,快递,仓管,分拣 | logistics,warehouse,warehousing,inventory,distribution,freight,shipping,delivery,courier,stock,fulfillment,fulfilment
log.transport | 运输,司机,驾驶,车队,货车,卡车,公交,出租,客运,叉车 | transport,transportation,driver,driving,fleet,truck,trucking,bus,taxi,haulage,lorry,forklift,chauffeur
log.aviation | 机场,飞行员,机长,飞行,航空公司 | airline,airport,pilot,flight,aviation
log.maritime | 航运,船舶,港口,海运,船员,水手,码头,船 | maritime,shipping,ship,vessel,port,marine,sailor,seafarer,dock,harbour,harbor,boat
log.rail | 铁路,列车,地铁,火车,高铁 | railway,rail,train,metro,subway,railroad
log.dispatch | 调度,派遣,排班 | dispatcher,dispatch,scheduling,scheduler
cons.construction | 建筑,施工,工地,建设,土建,装修,泥瓦,木工,砌,瓦工,工程建设 | construction,building,site,builder,carpenter,carpentry,mason,masonry,bricklayer,plasterer,contractor,roofer
cons.architecture | 建筑设计,建筑师,城市规划,景观,规划设计 | architecture,architect,architectural,urban planning,town planning,landscape architect
cons.survey | 测量,测绘,造价,预算,工程量 | surveyor,surveying,quantity surveyor,estimator,cost estimating,land survey
cons.plumbing | 水暖,管道,水管,给排水 | plumber,plumbing,pipe,pipefitter,pipeline
cons.facilities | 物业,设施,楼宇,设备管理 | facilities,facility,property management,building services
sci.research | 研究,科研,实验,科学,学者 | research,researcher,scientist,science,scientific,laboratory,lab
sci.bio | 生物,生命科学,生物技术,基因,分子,微生物,细胞,生化 | biology,biologist,biotech,biotechnology,genetics,molecular,microbiology,cell,biochemistry,life science
sci.physics | 物理,光学,激光 | physics,physicist,optics,laser
sci.math | 数学,统计,量化,精算 | mathematics,mathematician,statistics,statistician,quantitative,quant,actuarial
sci.earth | 地质,气象,海洋,地理,测绘,遥感,gis | geology,meteorology,meteorologist,oceanography,geography,geoscience,gis,remote sensing,geospatial
agri.farming | 农业,农场,种植,养殖,畜牧,农艺,农 | agriculture,agricultural,farm,farming,farmer,crop,livestock,agronomist,agronomy
agri.forestry | 林业,森林,林木,伐木 | forestry,forest,logging,tree
agri.fishery | 渔业,水产,捕鱼,渔 | fishery,fishing,aquaculture,fisherman
agri.garden | 园林,园艺,绿化,花卉,草坪 | garden,gardener,gardening,landscaping,horticulture,florist,groundskeeper,lawn
trade.printing | 印刷,印务 | printing,printer,print,press operator
trade.jewelry | 珠宝,首饰,钟表 | jewelry,jewellery,jeweller,jeweler,watchmaker
trade.painting | 油漆,喷漆,涂装 | painter and decorator,spray painter,coating
religion.clergy | 宗教,牧师,神职,寺,教会 | clergy,pastor,priest,chaplain,minister of religion,church,religious
`;
