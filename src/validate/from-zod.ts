import type { z } from 'zod';
import { describe, quote } from '../_lib/describe';
import { plural } from '../_lib/plural';
import { truncate } from '../_lib/truncate';
import { formatPath, issue, type Issue, type IssueCode, type PathSegment } from '../issues/issue';
import { NOT_BLANK } from '../schemas/fields';
import { blankTextIssue, emptyListIssue, invalidTypeIssue, requiredIssue, tooLargeIssue } from './messages';

type ZodIssue = z.core.$ZodIssue;

/** @internal Turns a path of the checked value into the path reported to the caller. */
export type PathTranslator = (path: readonly PathSegment[]) => PathSegment[];

/**
 * @internal Converts zod issues into this library's issues: stable codes, the caller's paths
 * (`translate`, for a migration: the Job Offer's), and messages that say how to fix the payload.
 */
export function fromZodIssues(issues: readonly ZodIssue[], translate?: PathTranslator): Issue[] {
  return issues.map((zodIssue) => fromZodIssue(zodIssue, translate === undefined ? (zodIssue.path as PathSegment[]) : translate(zodIssue.path as PathSegment[])));
}

function fromZodIssue(zodIssue: ZodIssue, path: PathSegment[]): Issue {
  switch (zodIssue.code) {
    case 'custom': {
      const code = (zodIssue.params as { code?: IssueCode } | undefined)?.code ?? 'invalid_value';
      return issue(code, path, inField(path, zodIssue.message));
    }
    case 'invalid_type':
      return zodIssue.input === undefined ? requiredIssue(path) : invalidTypeIssue(path, zodIssue.expected, zodIssue.input);
    case 'invalid_value':
      return issue('invalid_value', path, `${quote(zodIssue.input)} is not allowed for "${formatPath(path)}": use one of ${list(zodIssue.values)}.`);
    case 'invalid_union': {
      const discriminator = (zodIssue as { discriminator?: string }).discriminator;
      const options = (zodIssue as { options?: readonly unknown[] }).options ?? [];
      const input = zodIssue.input as Record<string, unknown> | undefined;
      if (discriminator !== undefined && typeof input === 'object' && input !== null && input[discriminator] === undefined) return requiredIssue(path);
      const value = discriminator !== undefined && typeof input === 'object' && input !== null ? input[discriminator] : input;
      return issue('invalid_value', path, `${quote(value)} is not allowed for "${formatPath(path)}": use one of ${list(options)}.`);
    }
    case 'invalid_format': {
      const value = typeof zodIssue.input === 'string' ? zodIssue.input : '';
      if (zodIssue.format === 'regex' && zodIssue.pattern === String(NOT_BLANK)) return blankTextIssue(path);
      if (zodIssue.format === 'email') return issue('invalid_email', path, inField(path, `"${truncate(value)}" is not an email address: write it as name@example.com.`));
      return issue('invalid_value', path, `"${truncate(value)}" is not a valid ${zodIssue.format} for "${formatPath(path)}".`);
    }
    case 'too_small':
      if (zodIssue.origin === 'number' || zodIssue.origin === 'int') return wholeNumber(path, zodIssue.input);
      if (zodIssue.origin === 'array') return emptyListIssue(path);
      return issue('invalid_value', path, `"${formatPath(path)}" must not be empty: give a value or leave it out.`);
    case 'too_big': {
      if (zodIssue.origin === 'number' || zodIssue.origin === 'int') return wholeNumber(path, zodIssue.input);
      // Size limits are enforced before parsing (src/validate/read.ts); this keeps the code and the
      // message the same for a schema used on its own.
      const size = Array.isArray(zodIssue.input) ? `has ${plural(zodIssue.input.length, 'entry', 'entries')}` : typeof zodIssue.input === 'string' ? `is ${plural(zodIssue.input.length, 'character')} long` : 'is too large';
      return tooLargeIssue(path, `${size}; at most ${String(zodIssue.maximum)} are accepted`);
    }
    default:
      return issue('invalid_value', path, `"${formatPath(path)}" is not valid: ${zodIssue.message}.`);
  }
}

/** An integer outside the range JavaScript holds exactly (ids are such integers). */
function wholeNumber(path: PathSegment[], input: unknown): Issue {
  return issue(
    'invalid_value',
    path,
    `"${formatPath(path)}" must be a whole number from ${Number.MIN_SAFE_INTEGER} to ${Number.MAX_SAFE_INTEGER}, not ${describe(input)}: give the id as the platform returned it.`,
  );
}

/** A message about a value, led by the field it is in: `In "contacts[0].contact_methods[1].value", "555-12" has …`. */
function inField(path: readonly PathSegment[], message: string): string {
  return path.length === 0 ? message : `In "${formatPath(path)}", ${message}`;
}

function list(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}
