// react-server-dom-webpack's Node loader expects string sources and resolvable source-map URLs;
// Node's default loader gives Buffers and the maps are relative, so both are adapted here.
import * as flight from 'react-server-dom-webpack/node-loader';

export const resolve = flight.resolve;

export function load(url, context, nextLoad) {
  return flight.load(url, context, async (target, targetContext) => {
    const result = await nextLoad(new URL(target, url).href, { ...targetContext, format: targetContext?.format ?? (target.endsWith('.map') ? 'json' : undefined) });
    return result.source && typeof result.source !== 'string' ? { ...result, source: Buffer.from(result.source).toString('utf8') } : result;
  });
}
