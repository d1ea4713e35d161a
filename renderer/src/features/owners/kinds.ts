import type { InstitutionKind } from '../../../../shared/compact/types';

const LABELS: Record<InstitutionKind, string> = {
  agency: 'Agency',
  ministry: 'Ministry',
  lab: 'Lab',
  university: 'University',
  company: 'Company',
  foundation: 'Foundation',
  committee: 'Committee',
  legislature: 'Legislature',
  program: 'Program',
  association: 'Association',
  group: 'Group (a category, not one body)',
};

export const kindLabel = (kind: InstitutionKind): string => LABELS[kind];
