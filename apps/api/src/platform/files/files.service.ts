import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile, rename, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { In, type EntityManager, type Repository } from 'typeorm';
import {
  ErrorCode,
  DOCX_CONTENT_TYPE,
  MAX_UPLOAD_BYTES,
  UPLOAD_CONTENT_TYPES,
  type StoredFileInfo,
  type UploadContentType,
} from '@cqo/contracts';
import { AppConfig, IN_MEMORY } from '../config/app-config';
import { ApiException } from '../errors/api.exception';
import { displayName, isZip, SNIFF_BYTES, sniffContentType } from './content-sniffer';
import { StoredFile } from './entities/stored-file.entity';

export interface UploadTarget {
  ownerId: string;
  subjectType: string;
  subjectId: string;
  kind: string;
  /** Formats this upload may have; default PDF, JPEG and PNG. */
  accept?: readonly UploadContentType[];
  /**
   * Runs in the transaction that stores the file's row, once the bytes are in: the place to lock
   * the subject and count again, so that parallel uploads cannot pass a limit together. Throwing
   * refuses the upload (nothing is kept); the files it returns are replaced by the new one.
   */
  admit?: (manager: EntityManager) => Promise<StoredFile[] | void>;
}

const MB = MAX_UPLOAD_BYTES / 1024 / 1024;

/**
 * The one way files enter and leave the system: a streamed multipart upload with a 10 MB
 * limit, the format decided from the bytes, stored under a random id. Features own the
 * permissions; this service owns the bytes.
 */
@Injectable()
export class FilesService implements OnModuleDestroy {
  private readonly logger = new Logger(FilesService.name);
  private readonly dir: string;
  private readonly temporary: boolean;

  constructor(
    @InjectRepository(StoredFile) private readonly files: Repository<StoredFile>,
    config: AppConfig,
  ) {
    // An in-memory install keeps its files in a scratch folder removed at shutdown.
    this.temporary = config.DATA_DIR === IN_MEMORY;
    this.dir = this.temporary ? mkdtempSync(join(tmpdir(), 'cqo-files-')) : resolve(config.DATA_DIR, 'files');
    mkdirSync(this.dir, { recursive: true });
  }

  onModuleDestroy(): void {
    if (this.temporary) rmSync(this.dir, { recursive: true, force: true });
  }

  /**
   * Reads the one file of a multipart request into storage. Refuses a missing, empty,
   * oversized or wrongly typed file with its own code; nothing is kept of a refused upload.
   */
  async receive(request: FastifyRequest, target: UploadTarget): Promise<StoredFile> {
    const part = await filePart(request);
    // Busboy stops at the limit and marks the stream truncated rather than failing it.
    return this.store(part.file, part.filename, target, () => part.file.truncated);
  }

  /**
   * Stores bytes made on the server (demo content, generated documents) with the same checks and
   * the same admission as an upload.
   */
  async storeBytes(data: Buffer, name: string, target: UploadTarget): Promise<StoredFile> {
    if (data.length > MAX_UPLOAD_BYTES) throw tooLarge();
    return this.store(Readable.from([data]), name, target, () => false);
  }

  private async store(
    source: Readable,
    filename: string,
    target: UploadTarget,
    truncated: () => boolean,
  ): Promise<StoredFile> {
    const id = randomUUID();
    const partial = join(this.dir, `.${id}.part`);
    const hash = createHash('sha256');
    let head = Buffer.alloc(0);
    let size = 0;
    const inspect = new Transform({
      transform(chunk: Buffer, _enc, done) {
        if (head.length < SNIFF_BYTES) head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES)]);
        size += chunk.length;
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, inspect, createWriteStream(partial, { mode: 0o600 }));
    } catch (error) {
      await unlink(partial).catch(() => undefined);
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE' || truncated()) throw tooLarge();
      throw unreadable(error);
    }
    if (truncated()) {
      await unlink(partial).catch(() => undefined);
      throw tooLarge();
    }
    const accept = target.accept ?? UPLOAD_CONTENT_TYPES;
    // A ZIP is a Word document only where the caller read it as one and asks for that type.
    const contentType =
      sniffContentType(head) ??
      (isZip(head) && accept.includes(DOCX_CONTENT_TYPE) ? DOCX_CONTENT_TYPE : null);
    if (size === 0 || !contentType || !accept.includes(contentType)) {
      await unlink(partial).catch(() => undefined);
      if (size === 0) {
        throw new ApiException(ErrorCode.FILE_EMPTY, 'The file is empty.');
      }
      throw new ApiException(
        ErrorCode.FILE_TYPE_NOT_ALLOWED,
        `The file's content is not ${accept.map((t) => t.split('/')[1].toUpperCase()).join(', ')}.`,
      );
    }
    await rename(partial, join(this.dir, id));
    try {
      const { stored, replaced } = await this.files.manager.transaction(async (manager) => {
        const replaced = (await target.admit?.(manager)) ?? [];
        if (replaced.length)
          await manager.delete(
            StoredFile,
            replaced.map((f) => f.id),
          );
        const row = manager.create(StoredFile, {
          id,
          ownerId: target.ownerId,
          subjectType: target.subjectType,
          subjectId: target.subjectId,
          kind: target.kind,
          name: displayName(filename, contentType),
          contentType,
          size,
          sha256: hash.digest('hex'),
        });
        return { stored: await manager.save(row), replaced };
      });
      for (const old of replaced) await this.unlinkBytes(old);
      return stored;
    } catch (error) {
      await unlink(join(this.dir, id)).catch(() => undefined);
      throw error;
    }
  }

  /**
   * Reads the one file of a multipart request into memory without storing it (imports that
   * are parsed and thrown away), with the same size limit and refusals as `receive`.
   */
  async readUpload(
    request: FastifyRequest,
    accepts: (head: Buffer) => boolean,
    expected: string,
  ): Promise<{ name: string; data: Buffer }> {
    const part = await filePart(request);
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
    } catch (error) {
      throw unreadable(error);
    }
    if (part.file.truncated) throw tooLarge();
    const data = Buffer.concat(chunks);
    if (!data.length) throw new ApiException(ErrorCode.FILE_EMPTY, 'The file is empty.');
    if (!accepts(data.subarray(0, SNIFF_BYTES))) {
      throw new ApiException(ErrorCode.FILE_TYPE_NOT_ALLOWED, `The file's content is not ${expected}.`);
    }
    return { name: part.filename, data };
  }

  listFor(subjectType: string, subjectId: string, manager?: EntityManager): Promise<StoredFile[]> {
    const repo = manager?.getRepository(StoredFile) ?? this.files;
    return repo.find({ where: { subjectType, subjectId }, order: { createdAt: 'ASC' } });
  }

  async findFor(subjectType: string, subjectId: string, id: string): Promise<StoredFile> {
    const file = await this.files.findOneBy({ id, subjectType, subjectId });
    if (!file) throw new ApiException(ErrorCode.FILE_NOT_FOUND, 'No such file.');
    return file;
  }

  open(file: StoredFile): Readable {
    return createReadStream(join(this.dir, file.id));
  }

  /**
   * Streams a stored file as the response: its own type and size, the name it was given, and
   * `nosniff` so a browser never reinterprets it. `headers` adds what one route needs more.
   */
  async send(
    reply: FastifyReply,
    file: StoredFile,
    disposition: 'inline' | 'attachment',
    headers: Record<string, string> = {},
  ): Promise<void> {
    await reply
      .headers({
        'content-type': file.contentType,
        'content-length': String(file.size),
        'content-disposition': contentDisposition(disposition, file.name),
        'x-content-type-options': 'nosniff',
        ...headers,
      })
      .send(this.open(file));
  }

  /** The whole file in memory: only for small images placed into generated documents. */
  read(file: StoredFile): Promise<Buffer> {
    return readFile(join(this.dir, file.id));
  }

  /** Every file of these subjects, rows then bytes (the subjects themselves are being deleted). */
  async removeAllFor(subjectType: string, subjectIds: string[], manager?: EntityManager): Promise<void> {
    if (!subjectIds.length) return;
    const repo = manager?.getRepository(StoredFile) ?? this.files;
    const files = await repo.find({ where: { subjectType, subjectId: In(subjectIds) } });
    if (!files.length) return;
    await repo.delete({ id: In(files.map((f) => f.id)) });
    for (const file of files) await this.unlinkBytes(file);
  }

  /** Removes the row first (so nothing points at a missing file), then the bytes. */
  async remove(file: StoredFile): Promise<void> {
    await this.files.delete({ id: file.id });
    await this.unlinkBytes(file);
  }

  private async unlinkBytes(file: StoredFile): Promise<void> {
    await unlink(join(this.dir, file.id)).catch((error: unknown) =>
      this.logger.warn({ err: error, fileId: file.id }, 'Stored file was already gone'),
    );
  }
}

const tooLarge = () => new ApiException(ErrorCode.FILE_TOO_LARGE, `A file may be at most ${MB} MB.`);

/**
 * A multipart body busboy could not read (no boundary, a part cut off, a broken header) is the
 * request's fault: 400, not the 500 of an unknown error. Our own refusals pass through.
 */
function unreadable(error: unknown): unknown {
  if (error instanceof ApiException) return error;
  const code = (error as { code?: string } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge();
  if (
    code?.startsWith('FST_') ||
    /multipart|boundary|unexpected end|malformed/i.test(String((error as Error)?.message))
  ) {
    return new ApiException(
      ErrorCode.MULTIPART_INVALID,
      'The upload could not be read (no boundary, or a part cut off); send it again.',
    );
  }
  return error;
}

/** The one file of a multipart request (10 MB limit), or a clear refusal. */
async function filePart(request: FastifyRequest) {
  if (!request.isMultipart()) {
    throw new ApiException(
      ErrorCode.UNSUPPORTED_MEDIA_TYPE,
      'Send the file as multipart/form-data in a field named "file".',
    );
  }
  const part = await request
    .file({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 4 } })
    .catch((error: unknown) => {
      throw unreadable(error);
    });
  if (!part) throw new ApiException(ErrorCode.FILE_MISSING, 'The request holds no file.');
  return part;
}

export function toFileInfo(file: StoredFile): StoredFileInfo {
  return {
    id: file.id,
    kind: file.kind,
    name: file.name,
    contentType: file.contentType,
    size: file.size,
    uploadedAt: file.createdAt.toISOString(),
  };
}

/** `Content-Disposition` with the UTF-8 name for browsers and an ASCII fallback. */
function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
