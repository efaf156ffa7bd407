/** The peer's own name and credential (for example "NC Certified Peer Support Specialist"). */
import { z } from 'zod';
import { text } from './text';

export const PeerProfileFields = z.object({
  name: text(200).default(''),
  credential: text(200).default(''),
});
export type PeerProfileFields = z.infer<typeof PeerProfileFields>;
export type PeerProfileInput = z.input<typeof PeerProfileFields>;
