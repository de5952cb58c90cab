// Reading a secret without echo (interactive) or from standard input (--password-stdin, for scripts).
import readline from 'node:readline';

export async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

export function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
    output._writeToOutput = (s: string) => {
      if (s.includes(question)) output.output.write(s);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

export async function readPassword(fromStdin: boolean, label = 'パスワード'): Promise<string> {
  if (fromStdin) return readStdinLine();
  if (!process.stdin.isTTY) throw new Error('パスワードは端末で入力するか、--password-stdin で標準入力から渡してください。');
  const first = await promptHidden(`${label}: `);
  const second = await promptHidden(`${label} (確認): `);
  if (first !== second) throw new Error('確認のパスワードが一致しません。');
  return first;
}
