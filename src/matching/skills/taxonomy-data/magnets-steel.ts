import { branch, OCC, type SkillRecord } from './define';

/** Permanent magnets (sintered and bonded NdFeB, SmCo) and grain-oriented electrical steel. */
export const MAGNET_SKILLS: SkillRecord[] = [
  ...branch({ category: 'materials', occupationGroup: OCC.metallurgy }, [
    ['permanent-magnet-materials', '稀土永磁材料', 'Rare-earth permanent magnets', '永磁材料|稀土永磁|磁性材料|permanent magnet|magnetic materials', null],
    ['ndfeb-magnets', '钕铁硼', 'NdFeB magnets', 'NdFeB|Nd-Fe-B|钕铁硼磁体|钕铁硼永磁|neodymium magnet|Nd2Fe14B', 'permanent-magnet-materials'],
    ['sintered-ndfeb', '烧结钕铁硼', 'Sintered NdFeB', '烧结钕铁硼磁体|烧结磁体|sintered NdFeB|sintered magnet', 'ndfeb-magnets'],
    ['bonded-ndfeb', '粘结钕铁硼', 'Bonded NdFeB', '粘结磁体|粘结钕铁硼磁体|注塑磁|bonded magnet', 'ndfeb-magnets'],
    ['hot-deformed-ndfeb', '热压热变形钕铁硼', 'Hot-deformed NdFeB', '热变形磁体|热压磁体|hot deformed magnet', 'ndfeb-magnets'],
    ['samarium-cobalt-magnets', '钐钴永磁', 'SmCo magnets', 'SmCo|钐钴|钐钴磁体|Sm2Co17', 'permanent-magnet-materials'],
    ['ferrite-magnets', '铁氧体永磁', 'Ferrite magnets', '铁氧体|永磁铁氧体|ferrite', 'permanent-magnet-materials'],
    ['soft-magnetic-materials', '软磁材料', 'Soft magnetic materials', '软磁|非晶软磁|纳米晶软磁|软磁铁氧体|soft magnetic', 'permanent-magnet-materials'],
    ['magnet-manufacturing', '磁体制备工艺', 'Magnet manufacturing process', '钕铁硼生产工艺|磁材工艺|磁钢生产', 'permanent-magnet-materials'],
    ['strip-casting', '速凝铸片', 'Strip casting', '速凝甩带|甩带|SC铸片|strip casting|SC工艺', 'magnet-manufacturing'],
    ['hydrogen-decrepitation', '氢破碎', 'Hydrogen decrepitation', '氢碎|HD工艺|氢爆|hydrogen decrepitation', 'magnet-manufacturing'],
    ['jet-milling', '气流磨制粉', 'Jet milling', '气流磨|气流粉碎|jet mill|制粉', 'magnet-manufacturing'],
    ['magnetic-field-pressing', '磁场取向成型', 'Magnetic-field pressing and orientation', '取向成型|磁场成型|压型|等静压|冷等静压|orientation pressing', 'magnet-manufacturing'],
    ['magnet-sintering', '真空烧结', 'Vacuum sintering of magnets', '烧结工艺|真空烧结炉|回火热处理|sintering', 'magnet-manufacturing'],
    ['grain-boundary-diffusion', '晶界扩散', 'Grain-boundary diffusion', 'GBD|晶界扩散技术|重稀土扩散|镝扩散|铽扩散|grain boundary diffusion', 'magnet-manufacturing'],
    ['magnet-machining', '磁体机加工', 'Magnet machining', '切片|线切割磁体|磨削|多线切割|毛坯加工', 'magnet-manufacturing'],
    ['magnet-surface-treatment', '磁体表面处理', 'Magnet surface treatment', '表面防护|钕铁硼表面处理|钕铁硼电镀|镀镍|镀锌|电泳|磷化|coating|plating', 'magnet-manufacturing'],
    ['magnetizing', '充磁', 'Magnetising', '充磁工艺|充退磁|magnetizing', 'magnet-manufacturing'],
    ['magnetic-measurement', '磁性能测试', 'Magnetic property measurement', '磁性测量|退磁曲线测量|B-H测试|剩磁|矫顽力|磁能积|NIM测量|magnetic measurement', 'permanent-magnet-materials'],
    ['hysteresigraph', '磁滞回线测量仪操作', 'Hysteresisgraph operation', '磁滞回线|永磁测量仪|BH tracer', 'magnetic-measurement'],
    ['magnet-application-design', '磁路设计', 'Magnetic circuit design', '磁路设计|磁场仿真|Maxwell仿真|Ansys Maxwell|magnetic circuit', 'permanent-magnet-materials'],
    ['pm-motor-design', '永磁电机设计', 'Permanent-magnet motor design', '永磁同步电机|PMSM|永磁电机|伺服电机设计|驱动电机设计', 'magnet-application-design'],
    ['micro-motor', '微特电机', 'Micro and special motors', '微电机|微特电机设计|振动马达|步进电机|空心杯电机|micro motor', 'magnet-application-design'],
  ]),
];

export const ELECTRICAL_STEEL_SKILLS: SkillRecord[] = [
  ...branch({ category: 'process', occupationGroup: OCC.metallurgy }, [
    ['electrical-steel', '电工钢', 'Electrical steel', '硅钢|硅钢片|电工钢片|electrical steel|silicon steel', null],
    ['grain-oriented-steel', '取向硅钢', 'Grain-oriented electrical steel', '取向电工钢|GO硅钢|CGO|HiB|高磁感取向硅钢|GOES|grain oriented', 'electrical-steel'],
    ['non-oriented-steel', '无取向硅钢', 'Non-oriented electrical steel', '无取向电工钢|NGO|无取向|non-oriented', 'electrical-steel'],
    ['thin-gauge-oriented-steel', '超薄取向硅钢', 'Ultra-thin grain-oriented steel', '0.08mm取向硅钢|极薄带|超薄硅钢', 'grain-oriented-steel'],
    ['secondary-recrystallisation', '二次再结晶控制', 'Secondary recrystallisation control', '二次再结晶|高斯织构|Goss织构|抑制剂控制|inhibitor', 'grain-oriented-steel'],
    ['domain-refinement', '磁畴细化', 'Domain refinement', '激光刻痕|刻痕细化磁畴|laser scribing', 'grain-oriented-steel'],
    ['steel-cold-rolling', '冷轧', 'Cold rolling', '冷轧工艺|森吉米尔轧机|二十辊轧机|可逆轧机|cold rolling', 'electrical-steel'],
    ['steel-hot-rolling', '热轧', 'Hot rolling', '热轧工艺|热连轧|hot rolling', 'electrical-steel'],
    ['silicon-steel-annealing', '硅钢退火', 'Electrical steel annealing', '退火工艺|连续退火|常化退火|annealing', 'electrical-steel'],
    ['decarburisation-annealing', '脱碳退火', 'Decarburisation annealing', '脱碳|渗氮|decarburization', 'silicon-steel-annealing'],
    ['high-temperature-annealing', '高温退火', 'High-temperature annealing', '环形炉退火|罩式炉|隧道式高温退火|高温罩式退火', 'silicon-steel-annealing'],
    ['stress-relief-annealing', '去应力退火', 'Stress-relief annealing', '消除应力退火|拉伸平整退火', 'silicon-steel-annealing'],
    ['mgo-coating', '氧化镁涂层', 'MgO coating', 'MgO涂层|氧化镁涂布|硅酸镁底层', 'electrical-steel'],
    ['insulation-coating', '绝缘涂层', 'Insulation coating', '绝缘涂层工艺|张力涂层|涂层|insulation coating', 'electrical-steel'],
    ['slitting-shearing', '纵剪横切', 'Slitting and shearing', '纵剪|横剪|分条|剪切线', 'electrical-steel'],
    ['core-lamination', '铁芯叠片', 'Transformer core lamination', '变压器铁芯|铁心制造|叠片|卷铁芯', 'electrical-steel'],
    ['electrical-steel-testing', '硅钢磁性能检测', 'Electrical steel magnetic testing', '爱泼斯坦方圈|Epstein|单片测试仪|铁损测试|磁感测试|铁损|磁感应强度|core loss', 'electrical-steel'],
    ['steelmaking', '炼钢', 'Steelmaking', '转炉炼钢|电炉炼钢|精炼|RH真空精炼|连铸|steelmaking', 'electrical-steel'],
  ]),
];
