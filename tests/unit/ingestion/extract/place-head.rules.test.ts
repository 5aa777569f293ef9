import { extractTyped } from './entity.article-builder';

describe('place head rules', () => {
  it('reads a name no rule typed that ends in a place word no name list holds as a place ("at Quorvane Ridge", "the Tellmoor Marshes")', () => {
    expect(extractTyped(['The survey camp stands at Quorvane Ridge, on the high plateau.']).mentions).toContain('Quorvane Ridge L');
    expect(extractTyped(['Birds returned to the reserve at Tellmoor Marshes last spring.']).mentions).toContain('Tellmoor Marshes L');
    expect(extractTyped(['Walkers were rescued on the Brellow Crossing after dark.']).mentions).toContain('Brellow Crossing L');
  });

  it('leaves a house, a given name, a head the name lists hold and a part of a longer name to the other rules', () => {
    expect(extractTyped(['The two leaders met at Quorvane House in the capital.']).mentions).not.toContain('Quorvane House L');
    expect(extractTyped(['The papers went to the Tellmoor Library of the Kingdom of Quorvia.']).mentions).not.toContain('Tellmoor Library L');
    expect(extractTyped(['It sold stakes in Quorvex Mining and Tellmoor Complex to investors.']).mentions).not.toContain('Tellmoor Complex L');
    expect(extractTyped(['The singer Quorvane Hill said the tour was over.']).mentions).not.toContain('Quorvane Hill L');
    expect(extractTyped(['Tellmoor Heights Estates Limited bought the land. Its lawyer said Tellmoor Heights would appeal.']).mentions).not.toContain('Tellmoor Heights L');
  });
});
