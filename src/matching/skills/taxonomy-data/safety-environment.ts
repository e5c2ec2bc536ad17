import { branch, OCC, type SkillRecord } from './define';

/** Work safety, hazardous chemicals, radiation (thorium-bearing residues) and environmental protection. */
export const SAFETY_SKILLS: SkillRecord[] = [
  ...branch({ category: 'safety', occupationGroup: OCC.engineering }, [
    ['ehs', '安全环保', 'EHS', 'EHS|HSE|安健环|安全环保管理', null],
    ['work-safety', '安全生产管理', 'Work safety management', '安全生产|安全管理|安全员|注册安全工程师|safety management', 'ehs'],
    ['hazard-identification', '危险源辨识', 'Hazard identification', '风险辨识|危险源辨识与风险评价|双重预防机制|隐患排查|HAZOP|JHA|JSA', 'work-safety'],
    ['safety-training', '安全培训', 'Safety training', '三级安全教育|安全教育培训', 'work-safety'],
    ['emergency-response', '应急管理', 'Emergency management', '应急预案|应急演练|应急救援|emergency response', 'work-safety'],
    ['safety-standardisation', '安全标准化', 'Safety standardisation', '安全生产标准化|安全标准化建设', 'work-safety'],
    ['fire-safety', '消防安全', 'Fire safety', '消防|消防设施|消防工程师|fire protection', 'work-safety'],
    ['electrical-safety', '电气安全', 'Electrical safety', '电工证|低压电工证|高压电工证|特种作业操作证|停送电管理|电气作业安全', 'work-safety'],
    ['confined-space', '有限空间作业', 'Confined space work', '受限空间|动火作业|高处作业|特殊作业管理', 'work-safety'],
    ['hazardous-chemicals', '危险化学品管理', 'Hazardous chemicals management', '危化品|危险化学品|危化品管理|MSDS|SDS|hazardous chemicals', 'ehs'],
    ['process-safety', '化工过程安全', 'Process safety', '过程安全管理|PSM|SIS|安全仪表系统|process safety', 'hazardous-chemicals'],
    ['acid-gas-handling', '酸碱与有毒气体防护', 'Acid and toxic gas handling', '氟化氢防护|氯气防护|酸雾治理|有毒气体', 'hazardous-chemicals'],
    ['occupational-health', '职业卫生', 'Occupational health', '职业病防治|职业健康|劳动防护|occupational health', 'ehs'],
    ['radiation-protection', '辐射防护', 'Radiation protection', '放射性防护|辐射安全|radiation protection', 'occupational-health'],
    ['naturally-occurring-radioactive', '伴生放射性物料管理', 'NORM and thorium residue management', '伴生放射性|含钍废渣管理|放射性废渣|NORM', 'radiation-protection'],
    ['environmental-protection', '环境保护', 'Environmental protection', '环保|环保管理|环境管理|environmental protection', 'ehs'],
    ['wastewater-treatment', '废水处理', 'Wastewater treatment', '污水处理|水处理|氨氮废水处理|高盐废水|wastewater treatment', 'environmental-protection'],
    ['membrane-treatment', '膜处理与蒸发结晶', 'Membrane and evaporative treatment', '反渗透|RO膜|MVR蒸发|蒸发结晶|零排放|ZLD', 'wastewater-treatment'],
    ['waste-gas-treatment', '废气治理', 'Air pollution control', '废气处理|脱硫脱硝|除尘|烟气治理|VOCs治理|air pollution control', 'environmental-protection'],
    ['solid-waste', '固废处置', 'Solid waste management', '固体废物|危险废物|危废管理|固废资源化|solid waste', 'environmental-protection'],
    ['environmental-monitoring', '环境监测', 'Environmental monitoring', '环境检测|在线监测系统|CEMS|环境监测分析', 'environmental-protection'],
    ['eia', '环境影响评价', 'Environmental impact assessment', '环评|EIA|排污许可|环保验收', 'environmental-protection'],
    ['carbon-management', '碳排放管理', 'Carbon management', '双碳|碳核查|碳足迹|碳交易|碳排放|carbon footprint', 'environmental-protection'],
  ]),
];
