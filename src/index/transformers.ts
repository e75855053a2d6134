import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Embedder } from './embedder.js';

export class ModelUnavailableError extends Error {
  constructor(readonly model: string, reason: string) {
    super(`model ${model} is not available: ${reason}`);
    this.name = 'ModelUnavailableError';
  }
}

export interface TransformersOptions {
  /** Never try the network (also set by HF_HUB_OFFLINE=1 or TRANSFORMERS_OFFLINE=1). */
  offline?: boolean;
  /** Where downloaded models are cached. */
  cacheDir?: string;
  /** Texts per forward pass. */
  batchSize?: number;
}

/**
 * Sentence embeddings with transformers.js: feature-extraction pipeline, mean pooling, L2-normalised.
 * `model` is a local model directory (config.json, tokenizer.json, onnx/model.onnx) or a hub id such as
 * Xenova/bge-small-zh-v1.5, downloaded once when online and read from the cache after.
 */
export class TransformersEmbedder implements Embedder {
  readonly kind = 'transformers' as const;
  readonly id: string;

  private constructor(
    readonly model: string,
    readonly dim: number,
    private readonly extractor: (texts: string[], opts: object) => Promise<{ dims: number[]; data: Float32Array }>,
    private readonly batchSize: number,
  ) {
    this.id = `transformers:${model}`;
  }

  static async load(model: string, opts: TransformersOptions = {}): Promise<TransformersEmbedder> {
    const { pipeline, env } = await import('@xenova/transformers');
    const offline = opts.offline || process.env.HF_HUB_OFFLINE === '1' || process.env.TRANSFORMERS_OFFLINE === '1';
    const local = existsSync(model) && existsSync(join(model, 'config.json'));
    let id = model;
    if (local) {
      const dir = resolve(model);
      env.localModelPath = dirname(dir) + '/';
      env.allowLocalModels = true;
      env.allowRemoteModels = false;
      id = basename(dir);
    } else {
      if (existsSync(model)) throw new ModelUnavailableError(model, 'the directory has no config.json');
      env.allowRemoteModels = !offline;
      if (opts.cacheDir) env.cacheDir = opts.cacheDir;
    }
    const quantized = local ? existsSync(join(model, 'onnx', 'model_quantized.onnx')) : true;
    let extractor: any;
    try {
      extractor = await pipeline('feature-extraction', id, { quantized });
    } catch (e) {
      const msg = String((e as Error)?.message ?? e).split('\n')[0];
      if (!local && offline) throw new ModelUnavailableError(model, `not in the local cache and offline mode forbids downloading (${msg}); pass --model <local model dir>`);
      if (!local) throw new ModelUnavailableError(model, `could not be loaded or downloaded (${msg}); without network, pass --model <local model dir>`);
      throw new ModelUnavailableError(model, msg);
    }
    const probe = await extractor(['测试'], { pooling: 'mean', normalize: true });
    const dim = probe.dims[probe.dims.length - 1];
    return new TransformersEmbedder(model, dim, extractor, opts.batchSize ?? 16);
  }

  async embed(texts: string[]): Promise<Float32Array[]> {
    const out: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += this.batchSize) {
      const batch = texts.slice(i, i + this.batchSize);
      const t = await this.extractor(batch, { pooling: 'mean', normalize: true });
      const d = t.dims[t.dims.length - 1];
      for (let k = 0; k < batch.length; k++) out.push(Float32Array.from(t.data.subarray(k * d, (k + 1) * d)));
    }
    return out;
  }
}
