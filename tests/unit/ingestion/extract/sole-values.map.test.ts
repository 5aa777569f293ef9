import { SoleValues } from '../../../../src/ingestion/extract/sole-values.map';

describe('SoleValues', () => {
  it('keeps the one value a key is given, however often it is given', () => {
    const byInitials = new SoleValues<string>();
    byInitials.add('QTA', 'Quorvel Transit Authority');
    byInitials.add('QTA', 'Quorvel Transit Authority');
    expect(byInitials.get('QTA')).toBe('Quorvel Transit Authority');
    expect([...byInitials.sole()]).toEqual([['QTA', 'Quorvel Transit Authority']]);
  });

  it('holds nothing for a key given two values that differ, even when the first is given again', () => {
    const byHead = new SoleValues<string>();
    byHead.add('board', 'Quorvel Water Board');
    byHead.add('board', 'Tellan Tourist Board');
    byHead.add('board', 'Quorvel Water Board');
    byHead.add('council', 'Tellan Council');
    expect(byHead.get('board')).toBeUndefined();
    expect([...byHead.sole()]).toEqual([['council', 'Tellan Council']]);
  });

  it('tells values apart by the test it is given, keeping the latest', () => {
    const byName = new SoleValues<{ name: string; at: number }>((a, b) => a.name === b.name);
    byName.add('QIA', { name: 'Quorvel International Airport', at: 1 });
    byName.add('QIA', { name: 'Quorvel International Airport', at: 9 });
    expect(byName.get('QIA')).toEqual({ name: 'Quorvel International Airport', at: 9 });
  });
});
