// What the generated forms leave out, and why: properties no control can hold, and writes that would need one.
import { leftOutBecause } from "./code";
import type { Resource } from "./resource";

/**
 * The resource without the create or update whose request has a required property no form control can hold (its
 * form could never be sent), and a line per property or operation left out. Optional ones only leave the forms.
 */
export function leaveOutUnformable(resource: Resource): { resource: Resource; lines: string[] } {
  const lines: string[] = [];
  const kept: Resource = { ...resource };
  for (const slot of ["create", "update"] as const) {
    const call = resource[slot];
    const fields = call?.input?.fields ?? [];
    const blocking = fields.find((field) => field.required && leftOutBecause(field));
    if (call && blocking) {
      kept[slot] = undefined;
      lines.push(
        `${call.method.toUpperCase()} ${call.path} (its required "${blocking.name}": ${leftOutBecause(blocking)}, which no form control holds)`,
      );
    }
  }
  const form = kept.create?.input ?? kept.update?.input;
  for (const field of form?.fields ?? []) {
    const why = leftOutBecause(field);
    if (why) lines.push(`"${field.name}" in the forms (${why}; FastAPI keeps its default)`);
  }
  return { resource: kept, lines };
}
