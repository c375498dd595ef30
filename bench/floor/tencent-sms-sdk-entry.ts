// The same channel through Tencent's official SDK.

import { tencentSmsHandler } from './tencent-sms-handler.ts';
import { tencentSmsSdkChannel } from './tencent-sms-sdk-channel.ts';

export const handler = tencentSmsHandler(tencentSmsSdkChannel);
