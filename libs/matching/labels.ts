import {
  CERTIFICATE_LEVEL_LABELS_ZH,
  EDUCATION_LABELS_ZH,
  type CertificateLevel,
  type EducationLevel,
} from '../labour-vocabulary/index.js';

/** '四级' out of '四级/中级工': the short form people say and write. */
export const levelZh = (level: number | null): string =>
  level !== null && level in CERTIFICATE_LEVEL_LABELS_ZH
    ? CERTIFICATE_LEVEL_LABELS_ZH[level as CertificateLevel].split('/')[0]
    : '';

/** '焊工四级证书', or '焊工证书' when any level will do. */
export const certificateLabel = (name: string, level: number | null): string => `${name}${levelZh(level)}证书`;

export const educationZh = (level: EducationLevel | null): string => (level ? EDUCATION_LABELS_ZH[level] : '未填写');

export const POSITION_STATUS_ZH: Record<string, string> = {
  draft: '草稿',
  open: '招聘中',
  paused: '已暂停',
  filled: '已招满',
  closed: '已关闭',
};

export const formatKm = (km: number): string => (km < 1 ? `${Math.max(100, Math.round(km * 10) * 100)}米` : `${Math.round(km)}公里`);
