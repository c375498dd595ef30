import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Delivery } from '../functions/notify/channel.ts';

/**
 * A stand-in for sms.tencentcloudapi.com on 127.0.0.1 that accepts every SendSms, so the
 * benchmark's cold starts can include one send (nothing leaves the machine).
 */
export async function startTencentStandIn(): Promise<{ host: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({
          Response: { SendStatusSet: [{ Code: 'Ok', SerialNo: 'bench' }], RequestId: 'bench' },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** One text message, the event of each benchmark run. */
export const oneTextMessage: { deliveries: Delivery[] } = {
  deliveries: [
    {
      id: 'bench-0001',
      channel: 'sms',
      to: '+8613800000000',
      template: 'received',
      locale: 'zh-CN',
      text: '',
      subject: '',
      smsParams: ['PN-2611-AAAA-BBBB', 'ABCD2345'],
    },
  ],
};
