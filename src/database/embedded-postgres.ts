import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The zero-setup database: PGlite (PostgreSQL compiled to WebAssembly) keeping its files in `dataDir`,
 * served over the PostgreSQL wire protocol on 127.0.0.1 so the ordinary `pg` driver (and TypeORM) talk
 * to it exactly as to a server. One process at a time may open the folder; it records its address in
 * `embedded-postgres.json` so the CLI commands of the same checkout can reach it through the socket.
 */
export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

interface AddressFile {
  pid: number;
  url: string;
}

const ADDRESS_FILE = 'embedded-postgres.json';

export async function startEmbeddedPostgres(dataDir: string, port = 0): Promise<EmbeddedPostgresHandle> {
  const running = findRunningEmbeddedPostgres(dataDir);
  if (running) {
    throw new Error(
      `The embedded database in ${dataDir} is held by process ${running.pid} (${running.url}). ` +
        'Stop it, or point DATABASE_URL at that address.',
    );
  }
  const pgDir = path.join(dataDir, 'pglite');
  fs.mkdirSync(pgDir, { recursive: true });
  const db = await PGlite.create(pgDir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 16 });
  await server.start();
  const url = `postgres://postgres@${server.getServerConn()}/postgres`;
  const addressFile = path.join(dataDir, ADDRESS_FILE);
  fs.writeFileSync(addressFile, JSON.stringify({ pid: process.pid, url } satisfies AddressFile));
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      fs.rmSync(addressFile, { force: true });
    },
  };
}

/** The address of an embedded database another live process of this checkout is serving, if any. */
export function findRunningEmbeddedPostgres(dataDir: string): AddressFile | null {
  const file = path.join(dataDir, ADDRESS_FILE);
  if (!fs.existsSync(file)) return null;
  try {
    const address = JSON.parse(fs.readFileSync(file, 'utf8')) as AddressFile;
    process.kill(address.pid, 0);
    return address.pid === process.pid ? null : address;
  } catch {
    return null; // stale file from a process that died: the folder is free
  }
}
