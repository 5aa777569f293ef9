import { GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { FormattedExecutionResult } from 'graphql';
import { responseSizePlugin, stringifyResult } from '../../../src/server/plugins/response-size.plugin';

/** Runs the size plugin's willSendResponse on an answer, as Apollo does; returns the answer and the status Apollo would send. */
async function checked(singleResult: FormattedExecutionResult, limit: number) {
  const response = { body: { kind: 'single' as const, singleResult }, http: { status: undefined as number | undefined } };
  const listener = await responseSizePlugin(limit).requestDidStart!({} as never);
  await listener!.willSendResponse!({ response } as unknown as GraphQLRequestContextWillSendResponse<never>);
  return response;
}

/** What Apollo hands stringifyResult: errors, data, extensions, in that order. */
const ordered = (result: FormattedExecutionResult): FormattedExecutionResult => ({ errors: result.errors, data: result.data, extensions: result.extensions });

describe('the response size cap and the body it serializes', () => {
  const data = { articles: { edges: [{ node: { title: 'Ünïcødé “quotes”', text: 'y'.repeat(1000), n: 3, ok: true, none: null } }] } };

  it('writes the body exactly as JSON.stringify would, with the data serialized by the size check', async () => {
    for (const result of [{ data }, { data, extensions: { cost: { requested: 12 } } }]) {
      const { body } = await checked(result, 1_000_000);
      expect(stringifyResult(ordered(body.singleResult))).toBe(`${JSON.stringify(ordered(body.singleResult))}\n`);
    }
  });

  it('serializes answers with errors, or that it never saw, by itself', () => {
    const partial = { errors: [{ message: 'boom', path: ['a'] }], data: { a: null } };
    expect(stringifyResult(ordered(partial))).toBe(`${JSON.stringify(ordered(partial))}\n`);
    expect(stringifyResult(ordered({ data: { b: 1 } }))).toBe('{"data":{"b":1}}\n');
  });

  it('replaces an answer over the limit by RESPONSE_TOO_LARGE, HTTP 400', async () => {
    const response = await checked({ data }, 500);
    expect(response.http.status).toBe(400);
    expect(response.body.singleResult.data).toBeUndefined();
    expect(response.body.singleResult.errors?.[0].extensions?.code).toBe('RESPONSE_TOO_LARGE');
    expect((await checked({ data }, 2_000)).http.status).toBeUndefined();
  });
});
