/** Longest case note accepted in one go; longer text belongs in a document, not a note. */
export const NOTE_MAX_LENGTH = 5000;

export type NoteResult = { ok: true; text: string } | { ok: false; error: string };

export function validateNote(input: string): NoteResult {
  const text = input.trim();
  if (!text) return { ok: false, error: 'Enter the note' };
  if (text.length > NOTE_MAX_LENGTH) return { ok: false, error: 'Note must be 5,000 characters or fewer' };
  return { ok: true, text };
}
