// Reading and checking a plan document, before anything is written: in the import's worker thread (or, for a database in memory, on the API's).
import {
  ERROR_CODES,
  FieldError,
  MAX_DOCUMENT_ERRORS,
  PLAN_DOCUMENT_COLLECTIONS,
  PlanDocument,
  planDocumentContent,
  readPlanDocument,
} from '@kompas/domain';
import { malformedTextPaths } from '../../common/well-formed-text';
import { contentDigest } from './import-preview';
import type { CheckFailure, ImportPreview } from './import-protocol';

/** A document that passed every check, and the reason given with it (if any). */
export type ReadDocument = { doc: PlanDocument; reason: string | null };

/** The body as text, or null when it is not UTF-8; taken from the input, so that the bytes can go as soon as they are decoded. */
function takeText(input: { body: Uint8Array }): string | null {
  const body = input.body;
  input.body = new Uint8Array(0);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return null;
  }
}

/**
 * Parses and checks a plan document's bytes (taken from `input`, so that they
 * can go as soon as they are decoded): the document and the reason it carries,
 * or why it is refused.
 */
export function readDocument(
  input: { body: Uint8Array; maxReason: number },
  onParsed?: (doc: unknown) => void,
): ReadDocument | CheckFailure {
  let text = takeText(input);
  if (text === null) {
    return failure(ERROR_CODES.invalidJson, 'The request body is not valid UTF-8.', [
      { field: 'body', code: ERROR_CODES.invalidJson, message: 'not UTF-8' },
    ]);
  }
  // Valid UTF-8 holds no lone surrogate: only a \uD800–\uDFFF escape can make one, so without such an escape there is nothing to look for.
  const mayHoldSurrogates = /\\u[dD][89a-fA-F]/.test(text);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return failure(ERROR_CODES.invalidJson, 'The request body is not valid JSON.', [
      { field: 'body', code: ERROR_CODES.invalidJson, message: 'not valid JSON' },
    ]);
  }
  text = '';
  onParsed?.(doc);

  // A reason may come in the body, as on every write: it is not part of the document.
  let reason: string | null = null;
  if (doc && typeof doc === 'object' && !Array.isArray(doc) && 'reason' in doc) {
    const given = (doc as Record<string, unknown>)['reason'];
    delete (doc as Record<string, unknown>)['reason'];
    if (given !== null && given !== undefined) {
      if (typeof given !== 'string') return invalid('reason', 'is_string', 'reason must be a string');
      if (given.length > input.maxReason) return invalid('reason', 'max_length', `reason must be at most ${input.maxReason} characters`);
      reason = given.trim() || null;
    }
  }

  const illFormed: FieldError[] = (mayHoldSurrogates ? malformedTextPaths(doc, '', MAX_DOCUMENT_ERRORS) : []).map((field) => ({
    field,
    code: ERROR_CODES.invalidUnicode,
    message: 'not well-formed Unicode',
  }));
  if (illFormed.length) {
    return failure(
      ERROR_CODES.invalidUnicode,
      `The plan document has text that is not well-formed Unicode (${illFormed.map((e) => e.field).join(', ')}); nothing was imported.`,
      illFormed,
    );
  }
  // A version 1 document is read as the version 2 it becomes.
  const { problems, document } = readPlanDocument(doc);
  if (problems.length || !document) {
    const unsupported = problems.some((p) => p.field === 'format' || p.field === 'version');
    return failure(
      unsupported ? ERROR_CODES.unsupportedDocument : ERROR_CODES.invalidDocument,
      unsupported
        ? `This is not a Kompas plan document this version can read (${problems[0].field}: ${problems[0].message}).`
        : `The plan document has ${problems.length}${problems.length >= MAX_DOCUMENT_ERRORS ? ' or more' : ''} problem(s); nothing was imported.`,
      problems,
    );
  }
  return { doc: document, reason };
}

function failure(code: string, message: string, details: FieldError[]): CheckFailure {
  return { refused: { code, message, details } };
}

function invalid(field: string, code: string, message: string): CheckFailure {
  return failure(ERROR_CODES.validationFailed, `Invalid ${field}: ${message}`, [{ field, code, message }]);
}

/**
 * A dry run's answer, from what `readDocument` made of the body and the
 * document as parsed: what it holds and what an import would say of it; only
 * a body that is no plan document at all is refused.
 */
export function previewOf(result: ReadDocument | CheckFailure, parsed: unknown): CheckFailure | { preview: ImportPreview } {
  const problems = 'refused' in result ? result.refused.details : [];
  if ('refused' in result && result.refused.code !== ERROR_CODES.invalidDocument && result.refused.code !== ERROR_CODES.invalidUnicode) {
    return result;
  }
  const doc = parsed as Record<string, unknown> | null;
  const counts = {} as ImportPreview['counts'];
  for (const name of PLAN_DOCUMENT_COLLECTIONS) counts[name] = Array.isArray(doc?.[name]) ? (doc[name] as unknown[]).length : 0;
  if ('refused' in result) return { preview: { counts, problems, units: null, contentDigest: null } };
  return {
    preview: {
      counts,
      problems,
      units: result.doc.units.map(({ id, name, parentId }) => ({ id, name, parentId })),
      contentDigest: contentDigest(planDocumentContent(result.doc)),
    },
  };
}
