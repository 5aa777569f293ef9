import { packedMap } from '../../../../src/ingestion/extract/packed.map';

describe('packedMap', () => {
  it('gives what Array.prototype.map gives, in order, with each index', () => {
    const words = ['Quorvle', 'said', 'Quintell'];
    expect(packedMap(words, (w, i) => `${i}:${w.length}`)).toEqual(['0:7', '1:4', '2:8']);
  });

  it('gives an empty array for an empty input and calls nothing', () => {
    const f = jest.fn();
    expect(packedMap([], f)).toEqual([]);
    expect(f).not.toHaveBeenCalled();
  });

  it('returns a new array and leaves its input alone', () => {
    const runs = [[1, 2], [3]];
    const out = packedMap(runs, (r) => r.length);
    expect(out).toEqual([2, 1]);
    expect(out).not.toBe(runs);
    expect(runs).toEqual([[1, 2], [3]]);
  });
});
