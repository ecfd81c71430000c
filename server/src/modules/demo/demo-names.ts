/** Fictional place and people names for the demo city (示范市). Any likeness to a real place is a coincidence. */

export const CITY_NAME = '示范市';

export const TOWNS: readonly { name: string; kind: 'town' | 'subdistrict' }[] = [
  { name: '城关街道', kind: 'subdistrict' },
  { name: '东城街道', kind: 'subdistrict' },
  { name: '西城街道', kind: 'subdistrict' },
  { name: '新城街道', kind: 'subdistrict' },
  { name: '龙门镇', kind: 'town' },
  { name: '桃源镇', kind: 'town' },
  { name: '石门镇', kind: 'town' },
  { name: '清水镇', kind: 'town' },
  { name: '白鹤镇', kind: 'town' },
  { name: '河湾镇', kind: 'town' },
  { name: '丰乐镇', kind: 'town' },
  { name: '安平镇', kind: 'town' },
];

/** The demo accounts' town. */
export const DEMO_TOWN = '龙门镇';

export const DEPARTMENTS: readonly string[] = [
  '市委办公室', '市人大常委会办公室', '市政府办公室', '市政协办公室', '市纪委监委', '市委组织部', '市委宣传部', '市委统战部',
  '市委政法委', '市委网信办', '市发展和改革局', '市教育局', '市科学技术局', '市工业和信息化局', '市公安局', '市民政局',
  '市司法局', '市财政局', '市人力资源和社会保障局', '市自然资源局', '市生态环境局', '市住房和城乡建设局', '市交通运输局',
  '市水务局', '市农业农村局', '市商务局', '市文化和旅游局', '市卫生健康局', '市退役军人事务局', '市应急管理局', '市审计局',
  '市市场监督管理局', '市统计局', '市医疗保障局', '市林业局', '市城市管理执法局', '市行政审批服务局', '市信访局',
  '市总工会', '团市委',
];

/** The party bodies among the departments: no 党组 of their own, and their leaders are party members. */
export const PARTY_BODIES: ReadonlySet<string> = new Set(['市委办公室', '市纪委监委', '市委组织部', '市委宣传部', '市委统战部', '市委政法委', '市委网信办', '团市委']);

/** A department's head where the name does not say it (else 局长, 部长 or 主任 by the name's ending). */
export const DEPARTMENT_HEADS: Readonly<Record<string, string>> = { 市纪委监委: '书记', 市委政法委: '书记', 团市委: '书记', 市总工会: '主席' };

/**
 * The deputies of a town's and of a sub-district's leadership, in the order they are appointed (five to seven of them):
 * one holder of each post but 副镇长 and 办事处副主任.
 */
export const TOWN_DEPUTIES: readonly string[] = ['党委副书记', '纪委书记', '人大主席', '武装部长', '副镇长', '组织委员', '副镇长'];
export const SUBDISTRICT_DEPUTIES: readonly string[] = ['党工委副书记', '纪工委书记', '办事处副主任', '武装部长', '办事处副主任', '组织委员', '人大工委主任'];

/**
 * Posts only a party member holds: in a party committee, branch or group, in discipline inspection, in party-building
 * work, and the 武装部长 (a member of the town's party committee).
 */
export function isPartyPost(position: string): boolean {
  return /书记|党委|党工委|党组|党支部|党建|党群|纪委|纪工委|纪检|组织委员|宣传统战委员|市委常委|武装部长/.test(position);
}

/** Departments whose middle-ranking cadres enforce the law (执法领域). */
export const LAW_ENFORCEMENT_DEPARTMENTS: ReadonlySet<string> = new Set([
  '市公安局', '市司法局', '市生态环境局', '市交通运输局', '市市场监督管理局', '市城市管理执法局', '市应急管理局',
  '市自然资源局', '市农业农村局', '市文化和旅游局', '市卫生健康局', '市水务局',
]);

export const NEW_ORGS: readonly { name: string; kind: 'enterprise' | 'social_org' }[] = [
  { name: '示范市恒通物流有限公司', kind: 'enterprise' },
  { name: '示范市金穗农业发展有限公司', kind: 'enterprise' },
  { name: '示范市华辰新材料科技有限公司', kind: 'enterprise' },
  { name: '示范市瑞丰建设工程有限公司', kind: 'enterprise' },
  { name: '示范市鑫源煤化工有限公司', kind: 'enterprise' },
  { name: '示范市古城文化旅游发展有限公司', kind: 'enterprise' },
  { name: '示范市顺安汽车服务有限公司', kind: 'enterprise' },
  { name: '示范市绿源果业专业合作社', kind: 'enterprise' },
  { name: '示范市博远电子商务有限公司', kind: 'enterprise' },
  { name: '示范市康宁医药连锁有限公司', kind: 'enterprise' },
  { name: '示范市宏达装备制造有限公司', kind: 'enterprise' },
  { name: '示范市新启航教育培训中心', kind: 'enterprise' },
  { name: '示范市个体劳动者协会', kind: 'social_org' },
  { name: '示范市律师协会', kind: 'social_org' },
  { name: '示范市注册会计师协会', kind: 'social_org' },
  { name: '示范市物流行业协会', kind: 'social_org' },
  { name: '示范市志愿者协会', kind: 'social_org' },
  { name: '示范市慈善协会', kind: 'social_org' },
  { name: '示范市餐饮行业协会', kind: 'social_org' },
  { name: '示范市社会工作服务中心', kind: 'social_org' },
];

export const VILLAGE_HEADS = [
  '东', '西', '南', '北', '上', '下', '前', '后', '大', '小', '新', '老', '中', '高', '马', '柳', '杨', '槐', '枣', '杏',
  '桃', '梨', '李', '王', '张', '刘', '赵', '孙', '周', '吴', '郑', '冯', '薛', '董', '党', '程', '吉', '卫', '史', '贾',
];
export const VILLAGE_TAILS = [
  '庄', '家', '寨', '坡', '沟', '河', '湾', '峪', '原', '头', '堡', '营', '塬', '坊', '店', '渠', '池', '岭', '川', '台',
];
export const COMMUNITY_NAMES = [
  '金城', '龙泉', '文昌', '太史', '新华', '解放', '建设', '和平', '幸福', '南关', '北关', '东关', '西关', '芝川', '象山',
  '状元', '司马', '兴隆', '阳光', '翠园', '锦绣', '桃园', '康乐', '育才', '春晖', '静安', '明德', '友谊', '红旗', '民主',
];

export const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗',
  '梁', '宋', '郑', '谢', '韩', '唐', '冯', '于', '董', '萧', '程', '曹', '袁', '邓', '许', '傅', '沈', '曾', '彭', '吕',
  '苏', '卢', '蒋', '蔡', '贾', '丁', '魏', '薛', '叶', '阎', '余', '潘', '杜', '戴', '夏', '钟', '汪', '田', '任', '姜',
  '范', '方', '石', '姚', '谭', '廖', '邹', '熊', '金', '陆', '郝', '孔', '白', '崔', '康', '毛', '邱', '秦', '江', '史',
  '党', '卫', '吉', '雷', '侯',
];
export const GIVEN_MALE = [
  '伟', '强', '磊', '军', '勇', '杰', '涛', '斌', '超', '明', '刚', '平', '辉', '鹏', '华', '飞', '鑫', '波', '宁', '凯',
  '建国', '建军', '志强', '志刚', '海涛', '晓东', '文博', '浩然', '宇航', '子豪', '振华', '国庆', '红军', '永刚', '卫东',
  '建平', '小龙', '俊杰', '博文', '天宇', '立新', '学军', '宏伟', '旭东', '家豪', '一鸣', '思远', '昊天', '明轩', '嘉诚',
];
export const GIVEN_FEMALE = [
  '芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '燕', '玲', '婷', '雪', '慧', '萍', '洁', '琳', '颖', '倩', '蕾', '薇',
  '秀英', '桂英', '晓燕', '丽娟', '海燕', '雅婷', '欣怡', '思琪', '梦瑶', '佳怡', '春梅', '晓丽', '玉兰', '淑芬', '红梅',
  '文静', '雨涵', '紫涵', '诗涵', '可馨', '若曦', '婉婷', '晨曦', '一诺', '梓萱', '子涵', '书瑶', '安琪', '心怡', '静怡',
];
