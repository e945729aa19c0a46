import { CERTIFICATE_CATALOGUE, type CatalogueEntry } from '../../certificates/catalogue/certificate-catalogue.js';
import type { CertificateKind } from '../../../libs/labour-vocabulary/index.js';

const BY_CODE = new Map(CERTIFICATE_CATALOGUE.map((entry) => [entry.code, entry]));

/** The catalogue entry of a code the seed refers to; a typo fails loudly, not silently. */
export function catalogueEntry(code: string): CatalogueEntry {
  const entry = BY_CODE.get(code);
  if (!entry) throw new Error(`certificate type "${code}" is not in the certificate catalogue`);
  return entry;
}

/** Who issues each kind of certificate to someone living in 肥城. */
export const ISSUERS: Record<CertificateKind | 'special_equipment', readonly string[]> = {
  // Since 2020 skill levels are certified by registered schools and training bodies;
  // older certificates were issued by the provincial guidance centre.
  skill_level: ['泰安市技师学院', '肥城市职业中等专业学校', '山东省职业技能鉴定指导中心', '泰安市职业技能鉴定中心', '肥城市众诚职业培训学校'],
  vocational_qualification: ['泰安市应急管理局'],
  special_equipment: ['泰安市市场监督管理局'],
  special_ability: ['肥城市人力资源和社会保障局', '泰安市职业技能鉴定中心'],
};

export const REJECTION_NOTES = [
  '证书编号在全国联网查询平台查询不到，请核对后重新上传',
  '证书照片不清晰，无法核验',
  '证书持有人信息与身份证不一致',
  '证书已过有效期，请复审后重新提交',
];
