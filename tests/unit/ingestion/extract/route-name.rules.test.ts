import { extractTyped } from './entity.article-builder';

/** Roads and transit lines named by a number (route-name.rules.ts). */
describe('routeNames: a road or a line named by a number is one place', () => {
  it('reads a route word and its number, with the state or "U.S." before it, as one place', () => {
    const { mentions } = extractTyped(['Crews closed Interstate 417 and Route 83A near Quorvel, and U.S. Highway 912 and State Highway 77 stayed open.']);
    expect(mentions).toEqual(['Interstate 417 L', 'Route 83A L', 'Quorvel L', 'U.S. Highway 912 L', 'State Highway 77 L']);
    expect(extractTyped(['Floodwater covered Oregon Highway 418 on Monday.']).mentions).toEqual(['Oregon Highway 418 L']);
  });

  it('reads a number before a capitalised "Line" as a transit line, and leaves a route word without a number alone', () => {
    expect(extractTyped(['Riders on the 7 Line waited an hour.']).mentions).toEqual(['7 Line L']);
    expect(extractTyped(['The Highway Patrol said the road was icy.']).mentions).not.toContain('Highway Patrol L');
  });

  it('reads a lettered road after "the" as a place, but not a thing or a type named so', () => {
    const { mentions } = extractTyped(['Police closed the B7731 between Quorvel and Tellan, and the M47 motorway flooded when the N83 went under water.']);
    expect(mentions).toEqual(['B7731 L', 'Quorvel L', 'Tellan L', 'M47 L', 'N83 L']);
    expect(extractTyped(['Lorries queued on the A617 near Quorvel.']).mentions).toEqual(['A617 L', 'Quorvel L']);
    expect(extractTyped(['Shares rose on the B7 exchange, and the A350 landed.']).mentions).toEqual([]);
  });
});
