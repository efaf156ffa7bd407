import { describe, expect, it } from 'vitest';
import { CallActivity } from '../../../renderer/src/vault/call-activity';

describe('background work waits for the calls being answered', () => {
  it('is idle at once when no call is in flight', async () => {
    await expect(new CallActivity().idle()).resolves.toBeUndefined();
  });

  it('waits while a call is answered, and goes on once it settles (even when it fails)', async () => {
    const activity = new CallActivity();
    let finish!: () => void;
    const call = activity.around(() => new Promise<void>((resolve, reject) => (finish = () => reject(new Error('refused')))));
    const order: string[] = [];
    const idle = activity.idle().then(() => order.push('background'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual([]);
    order.push('call settled');
    finish();
    await expect(call).rejects.toThrow('refused');
    await idle;
    expect(order).toEqual(['call settled', 'background']);
  });
});
