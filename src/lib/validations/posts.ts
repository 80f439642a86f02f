// Zod schema for the post form, shared by the client form and the server actions (limits from PostCreate).
import * as z from "./zod";

import { urlField } from "./fields";

export const postSchema = z.object({
  title: z
    .string()
    .check(
      z.trim(),
      z.minLength(2, "The title needs at least 2 characters."),
      z.maxLength(30, "The title can have at most 30 characters."),
    ),
  text: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "Write something."),
      z.maxLength(63206, "The text can have at most 63,206 characters."),
    ),
  /** An empty field means "no media". */
  mediaUrl: z.union([z.literal(""), urlField]),
});
export type PostFormInput = z.infer<typeof postSchema>;
