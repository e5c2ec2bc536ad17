/**
 * Universities and colleges that supply the zone's industries. Partnerships follow the zone reports where
 * they name a university (Lanzhou job fairs; order training and internships with the two Baotou colleges;
 * joint research with Tsinghua, NCEPU and CAS; the rare-earth industry college at IMUST); the others are
 * illustrative. Coordinates are approximate main-campus locations in WGS-84 (not GCJ-02), to ~0.01°.
 */
import type { PartnershipType } from '../../domain/vocabulary';
import type { DemoUniversity } from './demo-data.types';

const OSM = 'approximate main-campus location, WGS-84, compiled from public maps (OpenStreetMap)';
const OSM_ROUGH = 'approximate location (district level, ±0.03°), WGS-84, compiled from public maps (OpenStreetMap)';

type Row = readonly [
  key: string,
  nameZh: string,
  nameEn: string,
  city: string,
  province: string,
  latitude: number,
  longitude: number,
  campus: string,
  partnerships: readonly PartnershipType[],
  rough?: boolean,
];

const ROWS: readonly Row[] = [
  ['uni-lzu', '兰州大学', 'Lanzhou University', '兰州', '甘肃省', 36.05, 103.86, '城关校区', ['job_fair']],
  ['uni-lut', '兰州理工大学', 'Lanzhou University of Technology', '兰州', '甘肃省', 36.06, 103.76, '兰工坪校区', ['job_fair']],
  ['uni-lzjtu', '兰州交通大学', 'Lanzhou Jiaotong University', '兰州', '甘肃省', 36.1, 103.72, '安宁校区', ['job_fair']],
  ['uni-imust', '内蒙古科技大学', 'Inner Mongolia University of Science and Technology', '包头', '内蒙古自治区', 40.62, 109.84, '阿尔丁大街校区', ['job_fair', 'internship', 'joint_research', 'mentoring']],
  ['uni-btnu', '包头师范学院', "Baotou Teachers' College", '包头', '内蒙古自治区', 40.66, 109.89, '青山校区', ['order_training', 'internship'], true],
  ['uni-btsvtc', '包头钢铁职业技术学院', 'Baotou Iron and Steel Vocational Technical College', '包头', '内蒙古自治区', 40.65, 109.82, '主校区', ['order_training', 'internship'], true],
  ['uni-tsinghua', '清华大学', 'Tsinghua University', '北京', '北京市', 40.0, 116.33, '海淀校区', ['joint_research', 'mentoring']],
  ['uni-ncepu', '华北电力大学', 'North China Electric Power University', '北京', '北京市', 40.09, 116.3, '北京昌平校区', ['joint_research']],
  ['uni-ucas', '中国科学院大学', 'University of Chinese Academy of Sciences', '北京', '北京市', 39.91, 116.25, '玉泉路校区', ['joint_research']],
  ['uni-sjtu', '上海交通大学', 'Shanghai Jiao Tong University', '上海', '上海市', 31.03, 121.44, '闵行校区', ['joint_research', 'mentoring']],
  ['uni-imu', '内蒙古大学', 'Inner Mongolia University', '呼和浩特', '内蒙古自治区', 40.81, 111.68, '南校区', ['job_fair']],
  ['uni-imut', '内蒙古工业大学', 'Inner Mongolia University of Technology', '呼和浩特', '内蒙古自治区', 40.83, 111.68, '新城校区', ['job_fair', 'mentoring']],
  ['uni-neu', '东北大学', 'Northeastern University', '沈阳', '辽宁省', 41.77, 123.42, '南湖校区', ['job_fair']],
  ['uni-ustb', '北京科技大学', 'University of Science and Technology Beijing', '北京', '北京市', 39.99, 116.36, '学院路校区', ['job_fair', 'mentoring']],
  ['uni-csu', '中南大学', 'Central South University', '长沙', '湖南省', 28.17, 112.93, '校本部', ['job_fair']],
  ['uni-jxust', '江西理工大学', 'Jiangxi University of Science and Technology', '赣州', '江西省', 25.82, 114.89, '红旗大道校区', ['job_fair'], true],
  ['uni-xauat', '西安建筑科技大学', "Xi'an University of Architecture and Technology", '西安', '陕西省', 34.24, 108.98, '雁塔校区', ['job_fair']],
  ['uni-kust', '昆明理工大学', 'Kunming University of Science and Technology', '昆明', '云南省', 24.85, 102.86, '呈贡校区', []],
  ['uni-hit', '哈尔滨工业大学', 'Harbin Institute of Technology', '哈尔滨', '黑龙江省', 45.75, 126.63, '一校区', []],
  ['uni-nwpu', '西北工业大学', 'Northwestern Polytechnical University', '西安', '陕西省', 34.25, 108.91, '友谊校区', []],
  ['uni-tyut', '太原理工大学', 'Taiyuan University of Technology', '太原', '山西省', 37.86, 112.52, '迎西校区', ['job_fair']],
  ['uni-hebut', '河北工业大学', 'Hebei University of Technology', '天津', '天津市', 39.17, 117.15, '红桥校区', []],
  ['uni-btvtc', '包头职业技术学院', 'Baotou Vocational and Technical College', '包头', '内蒙古自治区', 40.64, 109.88, '主校区', ['internship'], true],
  ['uni-imtcme', '内蒙古机电职业技术学院', 'Inner Mongolia Technical College of Mechanics and Electrics', '呼和浩特', '内蒙古自治区', 40.78, 111.73, '主校区', ['job_fair'], true],
  ['uni-lzpcu', '兰州石化职业技术大学', 'Lanzhou Petrochemical University of Vocational Technology', '兰州', '甘肃省', 36.09, 103.63, '西固校区', [], true],
  ['uni-nxu', '宁夏大学', 'Ningxia University', '银川', '宁夏回族自治区', 38.5, 106.13, '文萃校区', []],
  ['uni-buaa', '北京航空航天大学', 'Beihang University', '北京', '北京市', 39.98, 116.35, '学院路校区', []],
  ['uni-dlut', '大连理工大学', 'Dalian University of Technology', '大连', '辽宁省', 38.88, 121.53, '凌水主校区', []],
  ['uni-xjtu', '西安交通大学', "Xi'an Jiaotong University", '西安', '陕西省', 34.25, 108.99, '兴庆校区', []],
  ['uni-tju', '天津大学', 'Tianjin University', '天津', '天津市', 39.11, 117.17, '卫津路校区', []],
];

export const UNIVERSITIES: readonly DemoUniversity[] = ROWS.map(
  ([key, nameZh, nameEn, city, province, latitude, longitude, campus, partnerships, rough]) => ({
    key,
    nameZh,
    nameEn,
    city,
    province,
    latitude,
    longitude,
    coordinateSource: `${rough ? OSM_ROUGH : OSM}; ${campus}`,
    partnershipTypes: [...partnerships],
  }),
);

export function universityByKey(key: string): DemoUniversity {
  const u = UNIVERSITIES.find((x) => x.key === key);
  if (!u) throw new Error(`unknown university ${key}`);
  return u;
}
