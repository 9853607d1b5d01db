import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Runs the quickest test files first (by their last recorded duration; files never timed, by
 * size). `npm run mutate` stops a mutant's run at its first failing test, so a mutant a unit test
 * kills is not first made to wait for the property tests: vitest's own order puts the longest first.
 */
export default class ShortestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cost = (file: TestSpecification): [number, number] => {
      const key = `${file.project.name}:${relative(this.ctx.config.root, file.moduleId)}`;
      return [this.ctx.cache.getFileTestResults(key)?.duration ?? Infinity, this.ctx.cache.getFileStats(key)?.size ?? Infinity];
    };
    return [...files].sort((a, b) => {
      const [durationA, sizeA] = cost(a);
      const [durationB, sizeB] = cost(b);
      return durationA - durationB || sizeA - sizeB;
    });
  }
}
