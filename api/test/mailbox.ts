import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A mail as it arrived and was read back: who it was to, its subject, its text and HTML, and every link in its text. */
export type ReceivedMail = { to: string[]; toName: string; from: string; subject: string; text: string; html: string; links: string[] };

/**
 * A real SMTP server on loopback, on a free port, that keeps what it is sent
 * (read back with mailparser). It asks for a login (`url` carries it, as
 * SMTP_URL does) and offers no STARTTLS; `refusing` makes it refuse every
 * mail after the data is sent, as a full or broken mail server does.
 */
export class Mailbox {
  readonly received: ReceivedMail[] = [];
  refusing = false;
  private constructor(
    private readonly server: SMTPServer,
    readonly url: string,
  ) {}

  static async start(login = { username: 'kompas', password: 'hemmeligt kodeord' }): Promise<Mailbox> {
    let box: Mailbox | null = null;
    const server = new SMTPServer({
      logger: false,
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      authOptional: false,
      onAuth(auth, _session, callback) {
        if (auth.username === login.username && auth.password === login.password) callback(null, { user: auth.username });
        else callback(new Error('Invalid username or password'));
      },
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          if (box?.refusing) {
            callback(Object.assign(new Error('Mailbox unavailable, try again later'), { responseCode: 451 }));
            return;
          }
          simpleParser(Buffer.concat(chunks)).then(
            (mail) => {
              const to = [mail.to ?? []].flat().flatMap((a) => a.value);
              const text = mail.text ?? '';
              box?.received.push({
                to: to.map((a) => a.address ?? ''),
                toName: to[0]?.name ?? '',
                from: mail.from?.text ?? '',
                subject: mail.subject ?? '',
                text,
                html: typeof mail.html === 'string' ? mail.html : '',
                links: text.match(/https?:\/\/\S+/g) ?? [],
              });
              callback();
            },
            (e: Error) => callback(e),
          );
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address();
    box = new Mailbox(server, `smtp://${encodeURIComponent(login.username)}:${encodeURIComponent(login.password)}@127.0.0.1:${port}`);
    return box;
  }

  /** The mails that arrived for an address. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.to.includes(address));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
