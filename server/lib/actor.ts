// Who is doing something, as the audit trail records it.
export interface Actor {
  userId: string | null;
  /** login ID, or "cli:<os user>" / "system" */
  label: string;
  clientAddress: string | null;
}

export const systemActor = (label = 'system'): Actor => ({ userId: null, label, clientAddress: null });
