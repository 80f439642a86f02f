// The floor's FastAPI calls: plain fetch with the cookie's access token, the least a page can do.
import { cookies } from "next/headers";

const backend = process.env.FASTAPI_URL ?? "http://127.0.0.1:8000";

export async function getJson<T>(path: string): Promise<T> {
  const token = (await cookies()).get("access_token")?.value ?? "";
  const response = await fetch(`${backend}${path}`, {
    cache: "no-store",
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

export interface Me {
  name: string;
  username: string;
  email: string;
  tier_id: number | null;
}

export const readMe = () => getJson<Me>("/api/v1/user/me/");
