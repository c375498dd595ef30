import { type ParameterId, type ParametersAsOf, parameterIds } from './parameters.ts';

/**
 * A read-only view of the parameters that records which ones the rules read, so a
 * result lists exactly the figures it rests on (and their sources), no more.
 */
export function trackParameterUse(all: ParametersAsOf): {
  readonly view: ParametersAsOf;
  readonly used: () => ParameterId[];
} {
  const read = new Set<ParameterId>();
  const view = {} as ParametersAsOf;
  for (const id of parameterIds) {
    Object.defineProperty(view, id, {
      enumerable: true,
      get() {
        read.add(id);
        return all[id];
      },
    });
  }
  return { view, used: () => parameterIds.filter((id) => read.has(id)) };
}
