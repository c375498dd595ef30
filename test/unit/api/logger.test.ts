import { describe, expect, it } from 'vitest';
import { capturedLogger } from '../../support/captured-logger.ts';

describe('the logger', () => {
  it('masks ID numbers and mobile numbers even when code logs them by mistake', () => {
    const { logger, lines } = capturedLogger();
    logger.info('applicant 44528119800101123X called from 13812345678', {
      detail: { note: 'id 445281198001011234' },
    });
    expect(lines).toHaveLength(1);
    const line = lines[0] ?? '';
    expect(line).not.toMatch(/\d{17}[\dXx]/);
    expect(line).not.toMatch(/1[3-9]\d{9}/);
    expect(line).toContain('[id-number]');
    expect(line).toContain('[phone]');
  });
});
