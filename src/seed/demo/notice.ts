/** Shown wherever the demo data set is loaded or displayed. */
export const DEMO_DATA_NOTICE = {
  zh:
    '【示例数据】本数据集为程序生成的虚构演示数据，仅用于功能演示与测试：其中的人才（姓名、电话、邮箱、履历）、' +
    '岗位（职责、薪酬、人数）、企业联系人和统一社会信用代码均为虚构，并非真实人员或真实招聘岗位。' +
    '稀土高新区公开报道中提及的企业与科研机构（如北方稀土、威丰稀土、双良硅材料、中科院包头稀土研发中心等）' +
    '以及各高校名称为真实名称，但与其相关的岗位、合作方式和数据均为示意；其余企业名称为虚构，如有雷同纯属巧合。' +
    '高校坐标为依公开地图整理的近似值。',
  en:
    'ILLUSTRATIVE DATA. This data set is synthetic, generated for demonstration and testing only: the talents ' +
    '(names, phone numbers, e-mail addresses, careers), the positions (duties, salaries, headcounts), the enterprise ' +
    'contact persons and the credit codes are invented; they are not real people or real job openings. The ' +
    'enterprises and research bodies named in public reports on the Baotou Rare Earth Hi-Tech Zone (e.g. China ' +
    'Northern Rare Earth, Weifeng, Shuangliang Silicon, the CAS Baotou Rare Earth R&D Centre) and the universities ' +
    'are real names, but the positions, partnerships and figures attached to them are illustrative; all other ' +
    'enterprise names are invented and any resemblance to real firms is coincidental. University coordinates are ' +
    'approximate, compiled from public maps.',
} as const;
