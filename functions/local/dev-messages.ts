import { Hono } from 'hono';
import type { DevSink } from '../notify/channels/dev-sink.ts';
import { escapeHtml } from './dev-issuer.ts';

/**
 * Local only: `/dev/messages` shows every text message and email the local system
 * "sent" (newest first), so a person trying the portal reads what an applicant or a
 * township inbox would get. `/dev/messages.json` is the same for scripts and tests.
 */

const channelNames = { sms: '短信 SMS', email: '邮件 Email', staff: '工作人员邮箱 Staff inbox' };

export function devMessagesRoutes(sink: DevSink) {
  return new Hono()
    .get('/messages.json', (c) => c.json({ messages: [...sink.messages()].reverse() }))
    .get('/messages', (c) => {
      const rows = [...sink.messages()]
        .reverse()
        .map(
          (m) =>
            `<tr><td>${escapeHtml(new Date(m.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }))}</td><td>${channelNames[m.channel]}</td><td>${escapeHtml(m.to)}</td><td>${m.channel === 'sms' ? '' : `<strong>${escapeHtml(m.subject)}</strong><br>`}${escapeHtml(m.text).replaceAll('\n', '<br>')}</td></tr>`,
        )
        .join('');
      const body = rows
        ? `<table><caption>共 ${sink.messages().length} 条（最新的在前）</caption><thead><tr><th scope="col">时间（北京时间）</th><th scope="col">渠道</th><th scope="col">发给</th><th scope="col">内容</th></tr></thead><tbody>${rows}</tbody></table>`
        : '<p>还没有发出任何消息。提交一份申请试试。</p>';
      return c.html(
        `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>本地消息 · 普宁市社会救助服务平台</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/dev/sign-in.css"></head><body><main><h1>本地发出的消息</h1><p>这里列出本地系统（<code>npm start</code>）“发出”的短信和邮件，正式环境通过短信服务商和邮件服务发送。刷新页面可看到新消息。</p>${body}</main></body></html>`,
      );
    });
}
