/**
 * Surnames roughly in order of frequency (王李张刘陈 alone cover about a third of
 * Chinese people), with weights that fall off the way real surname counts do.
 */
export const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '孙', '马', '朱', '胡', '郭', '何', '高', '林',
  '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘',
  '于', '蒋', '蔡', '余', '杜', '叶', '程', '苏', '魏', '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔', '钟',
  '谭', '陆', '汪', '范', '金', '石', '廖', '贾', '夏', '韦', '付', '方', '白', '邹', '孟', '熊', '秦', '邱',
  '江', '尹', '薛', '闫', '段', '雷', '侯', '龙', '史', '陶', '黎', '贺', '顾', '毛', '郝', '龚', '邵', '万',
  '钱', '严', '覃', '武', '戴', '莫', '孔', '向', '汤',
] as const;

/** Weight of the n-th surname: the top five stand out, then a long, slowly thinning tail. */
export const SURNAME_WEIGHTS: ReadonlyArray<readonly [string, number]> = SURNAMES.map(
  (surname, rank) => [surname, rank < 5 ? 70 - rank * 6 : 30 / Math.sqrt(rank)] as const,
);

export type Generation = 'born60s70s' | 'born80s' | 'born90s00s';

/** Given names follow fashions, so they are drawn by the decade a person was born in. */
export const GIVEN_NAMES: Record<Generation, { male: readonly string[]; female: readonly string[] }> = {
  born60s70s: {
    male: [
      '建国', '建军', '志强', '国庆', '卫东', '红军', '振华', '德明', '光明', '永刚', '国强', '立新', '保国',
      '长江', '庆丰', '学军', '洪涛', '海涛', '春生', '玉山', '伟', '强', '军', '勇', '刚', '斌', '平', '峰',
    ],
    female: [
      '秀英', '桂兰', '玉梅', '秀兰', '凤英', '红霞', '秀珍', '淑华', '玉兰', '桂芳', '丽华', '美玲', '春梅',
      '建华', '淑珍', '玉珍', '秀云', '翠英', '芳', '霞', '敏', '红', '英', '静', '艳', '萍',
    ],
  },
  born80s: {
    male: [
      '磊', '涛', '鹏', '超', '浩', '亮', '明', '杰', '辉', '健', '宁', '凯', '波', '鑫', '帅', '伟东', '海波',
      '志刚', '晓东', '俊杰', '文博', '建华', '永强', '成龙', '金龙', '新宇', '国栋', '振宇',
    ],
    female: [
      '丽', '娜', '静', '敏', '燕', '艳', '娟', '婷', '倩', '晶', '颖', '慧', '丹', '晓燕', '丽娜', '海燕',
      '小红', '美娟', '雪梅', '晓丽', '春燕', '文静', '秀娟', '丽丽', '晓琳', '莉',
    ],
  },
  born90s00s: {
    male: [
      '浩然', '子轩', '宇航', '俊豪', '梓豪', '一鸣', '博文', '思远', '家豪', '天宇', '子豪', '宇轩', '振东',
      '昊天', '文轩', '鹏飞', '嘉豪', '明轩', '泽宇', '晨阳', '鑫', '浩', '硕', '旭', '昊', '坤', '琦', '航',
    ],
    female: [
      '欣怡', '雨桐', '思雨', '梓涵', '子涵', '一诺', '佳怡', '诗涵', '梦瑶', '雨欣', '可欣', '心怡', '婉婷',
      '晓彤', '雅琪', '佳琪', '怡然', '若曦', '梦琪', '雪', '璐', '悦', '琳', '萌', '冉', '瑶',
    ],
  },
};

export const generationOf = (birthYear: number): Generation =>
  birthYear < 1980 ? 'born60s70s' : birthYear < 1990 ? 'born80s' : 'born90s00s';
