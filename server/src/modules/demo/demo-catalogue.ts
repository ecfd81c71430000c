import type { CadreGroup } from '@cadre/shared';

/** The demo city's course catalogue: titles after real cadre-learning platforms, content written for the demo. */

type G = CadreGroup;
const ALL: G[] = ['new_leader', 'law_enforcement_mid', 'retired_or_stepped_down', 'two_new_orgs'];

export interface DemoCourse {
  key: string;
  title: string;
  category: '理论武装' | '党性教育' | '作风建设' | '法治与依法行政' | '业务能力' | '红色教育';
  hours: number;
  required: G[];
  elective: G[];
  /** Lesson kinds in order: v = the demo video, a = article, d = the category's PDF. */
  lessons: string;
  summary: string;
  /** Owned by the demo town rather than the city (visible only inside the town). */
  town?: boolean;
  /** Reading time of the articles, seconds. */
  readingSeconds?: number;
}

export const DEMO_COURSES: DemoCourse[] = [
  { key: 'c20', title: '学习贯彻党的二十大精神专题', category: '理论武装', hours: 6, required: ALL, elective: [], lessons: 'vad',
    summary: '系统学习党的二十大报告和党章，深刻领会“两个确立”的决定性意义，把学习成果转化为推动“小城逆袭”的实际行动。' },
  { key: 'xsx', title: '习近平新时代中国特色社会主义思想概论', category: '理论武装', hours: 8, required: ['new_leader'], elective: ['law_enforcement_mid', 'two_new_orgs'], lessons: 'vaav',
    summary: '全面把握这一思想的核心要义、精神实质、丰富内涵和实践要求，做到学思用贯通、知信行统一。' },
  { key: 'lh', title: '全国两会精神解读', category: '理论武装', hours: 2, required: [], elective: ALL, lessons: 'va',
    summary: '解读政府工作报告主要目标任务，结合本市实际谈落实。' },
  { key: 'jh', title: '习近平总书记重要讲话重要指示精神学习', category: '理论武装', hours: 2, required: [], elective: ALL, lessons: 'av',
    summary: '原原本本学、联系实际学，推动重要讲话重要指示精神落实落地。' },
  { key: 'ff', title: '党的创新理论学习方法与实践', category: '理论武装', hours: 3, required: [], elective: ['new_leader'], lessons: 'aa',
    summary: '第一议题、中心组学习、专题研讨怎样学出成效：方法、案例与常见问题。' },
  { key: 'mkz', title: '马克思主义中国化时代化的新飞跃', category: '理论武装', hours: 4, required: [], elective: [], lessons: 'vaa',
    summary: '从理论与实践、历史与现实的结合上，理解党的创新理论的原创性贡献。' },
  { key: 'dy', title: '调查研究方法与实践', category: '理论武装', hours: 3, required: ['new_leader'], elective: [], lessons: 'avd',
    summary: '大兴调查研究之风：如何“四个弄清楚”，把情况摸清、把问题找准、把对策提实。' },
  { key: 'lj', title: '廉洁从政与警示教育', category: '党性教育', hours: 3, required: ['new_leader', 'law_enforcement_mid'], elective: ['retired_or_stepped_down'], lessons: 'vad',
    summary: '以身边人身边事身边案例润心育人，筑牢拒腐防变思想防线。' },
  { key: 'jl', title: '《中国共产党纪律处分条例》解读', category: '党性教育', hours: 4, required: ['law_enforcement_mid'], elective: ['new_leader', 'two_new_orgs'], lessons: 'dav',
    summary: '逐章解读条例，以案说纪、以案明纪，推动学纪知纪明纪守纪。' },
  { key: 'bm', title: '保密知识与保密纪律', category: '党性教育', hours: 2, required: [], elective: ALL, lessons: 'av',
    summary: '涉密载体管理、网络保密、移动终端使用的常见风险与防范。' },
  { key: 'dx', title: '新时代党员党性修养', category: '党性教育', hours: 2, required: [], elective: [], lessons: 'va',
    summary: '讲政治、践忠诚，把党性修养落实到岗位履职的每一个环节。' },
  { key: 'ltx', title: '离退休干部党组织建设', category: '党性教育', hours: 2, required: ['retired_or_stepped_down'], elective: [], lessons: 'aa',
    summary: '落实《关于进一步加强和改进离退休干部工作的意见》，发挥离退休干部党组织作用。' },
  { key: 'tc', title: '退出领导岗位干部的政治本色', category: '党性教育', hours: 1.5, required: [], elective: ['retired_or_stepped_down'], lessons: 'av',
    summary: '退岗不褪色：保持政治本色，遵守纪律规矩，发挥余热。' },
  { key: 'fg', title: '非公企业和社会组织党建实务', category: '党性教育', hours: 3, required: ['two_new_orgs'], elective: [], lessons: 'vaa',
    summary: '两新组织党组织设置、组织生活、发展党员和作用发挥的操作要点。' },
  { key: 'sj', title: '两新组织党组织书记履职要点', category: '党性教育', hours: 2, required: [], elective: ['two_new_orgs'], lessons: 'aa',
    summary: '党组织书记如何把党建优势转化为企业发展优势。' },
  { key: 'zf', title: '干部作风能力提升年专题辅导', category: '作风建设', hours: 2, required: [], elective: ALL, lessons: 'va',
    summary: '锤炼“勤快严实精细廉”优良作风，让“躺平式”干部躺不住、“混日子”干部没市场。' },
  { key: 'qk', title: '勤快严实精细廉：锤炼优良作风', category: '作风建设', hours: 2, required: [], elective: [], lessons: 'av',
    summary: '七个字的内涵与要求，以及身边的先进典型。' },
  { key: 'jf', title: '基层减负十条（微课）', category: '作风建设', hours: 1, required: [], elective: [], lessons: 'aa', town: true, readingSeconds: 15,
    summary: '本镇落实整治形式主义为基层减负的十条措施，五分钟读懂。' },
  { key: 'yshj', title: '优化营商环境实务', category: '作风建设', hours: 3, required: [], elective: ['two_new_orgs', 'new_leader'], lessons: 'vad',
    summary: '一窗受理、容缺办理、包抓帮扶：优化营商环境的具体做法与案例。' },
  { key: 'qq', title: '构建亲清新型政商关系', category: '作风建设', hours: 2, required: [], elective: ['two_new_orgs', 'law_enforcement_mid'], lessons: 'av',
    summary: '既“亲”又“清”：压缩违规空间，纠治惯性思维，让依法行政、合法经营成为新常态。' },
  { key: 'qz', title: '群众工作方法与信访工作实务', category: '作风建设', hours: 2, required: [], elective: [], lessons: 'aa',
    summary: '眼睛向下、脚步向下：把群众满意作为工作标准。' },
  { key: 'fz', title: '习近平法治思想与依法行政', category: '法治与依法行政', hours: 4, required: ['law_enforcement_mid', 'new_leader'], elective: [], lessons: 'vad',
    summary: '深入学习习近平法治思想，提升运用法治思维和法治方式推动工作的能力。' },
  { key: 'zfcx', title: '行政执法程序规范与案例', category: '法治与依法行政', hours: 4, required: ['law_enforcement_mid'], elective: [], lessons: 'dva',
    summary: '执法主体、调查取证、告知听证、法制审核：执法全过程的规范要求与典型案例。' },
  { key: 'xzcf', title: '行政处罚法重点条款解读', category: '法治与依法行政', hours: 3, required: [], elective: ['law_enforcement_mid'], lessons: 'ad',
    summary: '首违不罚、过罚相当、处罚与教育相结合的适用要点。' },
  { key: 'qgc', title: '执法全过程记录与文明执法', category: '法治与依法行政', hours: 2, required: [], elective: ['law_enforcement_mid'], lessons: 'va',
    summary: '音像记录、文书记录的规范做法，文明执法的语言和行为规范。' },
  { key: 'fy', title: '行政复议与行政诉讼应对', category: '法治与依法行政', hours: 3, required: [], elective: ['law_enforcement_mid', 'new_leader'], lessons: 'aa',
    summary: '从败诉案例看执法短板，领导干部出庭应诉要点。' },
  { key: 'mfd', title: '民法典与基层治理', category: '法治与依法行政', hours: 2, required: [], elective: [], lessons: 'va',
    summary: '民法典在村务管理、邻里纠纷、物业服务中的运用。' },
  { key: 'lz', title: '新任领导干部履职能力提升', category: '业务能力', hours: 6, required: ['new_leader'], elective: [], lessons: 'vadv',
    summary: '尽快进入角色：调研起步、科学决策、抓班子带队伍、守住廉洁底线。' },
  { key: 'jc', title: '领导干部科学决策与应急处置', category: '业务能力', hours: 3, required: [], elective: ['new_leader'], lessons: 'av',
    summary: '重大决策程序、风险评估与突发事件的先期处置。' },
  { key: 'aq', title: '安全生产责任与应急管理', category: '业务能力', hours: 3, required: [], elective: ['law_enforcement_mid', 'new_leader'], lessons: 'vaa',
    summary: '党政同责、一岗双责、齐抓共管、失职追责的落实要求。' },
  { key: 'xczx', title: '基层治理与乡村振兴政策解读', category: '业务能力', hours: 3, required: [], elective: [], lessons: 'va',
    summary: '乡村振兴重点政策、村级组织运行和基层治理体系建设。' },
  { key: 'hh', title: '黄河流域生态保护和高质量发展', category: '业务能力', hours: 2, required: [], elective: [], lessons: 'av',
    summary: '黄河“四乱”整治与流域生态保护的政策要求。' },
  { key: 'szzf', title: '数字政府与政务服务“一网通办”', category: '业务能力', hours: 2, required: [], elective: [], lessons: 'aa',
    summary: '政务服务事项网上办、掌上办、就近办的推进路径。' },
  { key: 'ls', title: '粮食购销领域监管实务', category: '业务能力', hours: 2, required: [], elective: ['law_enforcement_mid'], lessons: 'av',
    summary: '粮食购销领域突出问题专项整治的监管重点。' },
  { key: 'yq', title: '新媒体时代舆情应对', category: '业务能力', hours: 2, required: [], elective: ['new_leader'], lessons: 'va',
    summary: '舆情监测、研判、回应与引导的基本功。' },
  { key: 'hs', title: '红色资源与党史学习教育', category: '红色教育', hours: 2, required: [], elective: ALL, lessons: 'va',
    summary: '用好本地红色资源，开展“缅怀先烈、继承遗志”系列活动。' },
  { key: 'dzb', title: '本市第一个党支部的故事', category: '红色教育', hours: 1, required: [], elective: ALL, lessons: 'av',
    summary: '从第一个党支部旧址出发，寻初心、践初心。' },
  { key: 'dd', title: '八路军东渡旧址现场教学', category: '红色教育', hours: 1.5, required: [], elective: [], lessons: 'va',
    summary: '现场教学实录：东渡的历史与今天的奋斗。' },
  { key: 'sk', title: '红旗水库建设者的故事', category: '红色教育', hours: 1.5, required: [], elective: ['retired_or_stepped_down'], lessons: 'av',
    summary: '自力更生、艰苦奋斗的水库建设精神与新时代传承。' },
  { key: 'xj', title: '扎根基层的好干部：先进事迹报告会', category: '红色教育', hours: 1, required: [], elective: [], lessons: 'v',
    summary: '身边典型讲述：把论文写在大地上。' },
];

/** Paragraphs for demo article lessons, adapted to each course. */
export function demoArticle(courseTitle: string, part: number): string {
  const paragraphs = [
    `本课是“${courseTitle}”的学习材料。学习前，请先明确本课的学习目标：准确把握核心内容，联系本单位、本岗位实际思考如何落实，并在学习后形成一条可以落地的改进措施。`,
    '学习要坚持原原本本学、逐条逐句悟，做到学思用贯通、知信行统一。要把学习同解决发展中的重点难点问题结合起来，把岗位履职中的弱点短板作为提升能力的“练兵场”和“试金石”。',
    '各单位要把本课纳入理论学习中心组学习和“三会一课”内容，组织交流研讨，推动学习成果转化为推动高质量发展、推进“小城逆袭”的实际成效。',
    '思考题：结合本岗位，谈谈你在学习中最受启发的一点，以及准备采取的一项具体行动。',
  ];
  const lead = part === 1 ? '<h2>导读</h2>' : '<h2>延伸阅读</h2>';
  return `${lead}${paragraphs.map((p) => `<p>${p}</p>`).join('')}`;
}

export const CATEGORY_COVER: Record<DemoCourse['category'], string> = {
  理论武装: 'cover-theory.png',
  党性教育: 'cover-party.png',
  作风建设: 'cover-style.png',
  法治与依法行政: 'cover-law.png',
  业务能力: 'cover-skill.png',
  红色教育: 'cover-red.png',
};

export const CATEGORY_PDF: Record<DemoCourse['category'], string> = {
  理论武装: 'reading-leader.pdf',
  党性教育: 'reading-discipline.pdf',
  作风建设: 'reading-leader.pdf',
  法治与依法行政: 'reading-law.pdf',
  业务能力: 'reading-leader.pdf',
  红色教育: 'reading-discipline.pdf',
};

export const DEMO_VIDEO = { file: 'lecture-60s.mp4', seconds: 60 };
