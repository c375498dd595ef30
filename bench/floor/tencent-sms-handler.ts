import type { ChannelPort, Delivery } from '../../functions/notify/channel.ts';
import type { TencentSmsOptions } from '../../functions/notify/channels/tencent-sms.ts';

/**
 * What both benchmark entries do with their Tencent channel: build it at init, as the
 * notifier would once the channel is loaded, and send each delivery of the event.
 */
export function tencentSmsHandler(build: (options: TencentSmsOptions) => ChannelPort) {
  const channel = build({
    secretId: 'AKIDbench',
    secretKey: 'bench-secret-key',
    region: 'ap-guangzhou',
    sdkAppId: '1400000000',
    signName: 'bench',
    templateIds: { received: '100001' },
    endpoint: process.env.TENCENT_SMS_ENDPOINT ?? 'sms.tencentcloudapi.com',
    protocol: process.env.TENCENT_SMS_ENDPOINT ? 'http://' : 'https://',
  });
  return async (event: { deliveries?: Delivery[] }) => {
    for (const delivery of event.deliveries ?? []) await channel.send(delivery);
  };
}
