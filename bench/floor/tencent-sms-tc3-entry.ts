// The notifier's Tencent Cloud SMS channel as it ships: its own TC3 signer and fetch.
import { tencentSmsChannel } from '../../functions/notify/channels/tencent-sms.ts';
import { tencentSmsHandler } from './tencent-sms-handler.ts';

export const handler = tencentSmsHandler(tencentSmsChannel);
