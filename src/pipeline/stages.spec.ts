import { allowedMoves, canMove, filledDelta, PIPELINE_STAGES } from './stages';

describe('pipeline stages', () => {
  it('moves forward through 面试 to 入职 and refuses skipping to 入职', () => {
    expect(canMove('recommended', 'interview')).toBe(true);
    expect(canMove('interview', 'offer')).toBe(true);
    expect(canMove('offer', 'hired')).toBe(true);
    expect(canMove('recommended', 'hired')).toBe(false);
    expect(canMove('rejected', 'hired')).toBe(false);
  });

  it('lets every stage but 未通过 end in 未通过, and never moves to the same stage', () => {
    for (const stage of PIPELINE_STAGES) {
      expect(canMove(stage, stage)).toBe(false);
      if (stage !== 'rejected') expect(allowedMoves(stage)).toContain('rejected');
    }
  });

  it('counts the headcount only on entering or leaving 入职', () => {
    expect(filledDelta('offer', 'hired')).toBe(1);
    expect(filledDelta('hired', 'rejected')).toBe(-1);
    expect(filledDelta('hired', 'offer')).toBe(-1);
    expect(filledDelta('interview', 'offer')).toBe(0);
  });
});
