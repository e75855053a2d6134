"""Write the tiny sentence-embedding model used to test the transformers.js embedder offline.

A BERT-shaped ONNX graph (token embedding lookup + tanh → last_hidden_state) with a WordPiece
tokenizer over the most frequent characters of the seed corpus. Its vectors mean nothing; it exists
so that the real loading code (config, tokenizer, ONNX session, pooling) runs without a download.
Run: /usr/bin/python3 scripts/make_tiny_model.py  (needs Debian's python3-onnx and numpy)
"""
import collections, glob, json, os
import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OUT = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'tiny-model')
DIM, VOCAB = 16, 300

counts = collections.Counter()
for f in sorted(glob.glob(os.path.join(os.path.dirname(__file__), '..', 'corpus', '*.txt'))):
    counts.update(ch for ch in open(f, encoding='utf-8').read() if '\u4e00' <= ch <= '\u9fff')
special = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]']
chars = [c for c, _ in counts.most_common(VOCAB - len(special))]
vocab = {t: i for i, t in enumerate(special + chars)}

rng = np.random.default_rng(20261122)
emb = rng.standard_normal((len(vocab), DIM)).astype(np.float32)
graph = helper.make_graph(
    [
        helper.make_node('Gather', ['embeddings', 'input_ids'], ['gathered'], axis=0),
        helper.make_node('Tanh', ['gathered'], ['last_hidden_state']),
    ],
    'tiny-bert',
    [
        helper.make_tensor_value_info('input_ids', TensorProto.INT64, ['batch', 'seq']),
        helper.make_tensor_value_info('attention_mask', TensorProto.INT64, ['batch', 'seq']),
    ],
    [helper.make_tensor_value_info('last_hidden_state', TensorProto.FLOAT, ['batch', 'seq', DIM])],
    [numpy_helper.from_array(emb, 'embeddings')],
)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid('', 13)], producer_name='policy-clauses')
model.ir_version = 8
onnx.checker.check_model(model)
os.makedirs(os.path.join(OUT, 'onnx'), exist_ok=True)
onnx.save(model, os.path.join(OUT, 'onnx', 'model.onnx'))

json.dump({'model_type': 'bert', 'hidden_size': DIM, 'num_attention_heads': 1, 'num_hidden_layers': 0,
           'vocab_size': len(vocab), 'max_position_embeddings': 512, 'architectures': ['BertModel']},
          open(os.path.join(OUT, 'config.json'), 'w'), indent=1)
json.dump({'tokenizer_class': 'BertTokenizer', 'do_lower_case': True, 'model_max_length': 512,
           'unk_token': '[UNK]', 'sep_token': '[SEP]', 'pad_token': '[PAD]', 'cls_token': '[CLS]', 'mask_token': '[MASK]'},
          open(os.path.join(OUT, 'tokenizer_config.json'), 'w'), indent=1)
added = [{'id': vocab[t], 'content': t, 'single_word': False, 'lstrip': False, 'rstrip': False, 'normalized': False, 'special': True} for t in special]
tok = {
    'version': '1.0', 'truncation': None, 'padding': None, 'added_tokens': added,
    'normalizer': {'type': 'BertNormalizer', 'clean_text': True, 'handle_chinese_chars': True, 'strip_accents': None, 'lowercase': True},
    'pre_tokenizer': {'type': 'BertPreTokenizer'},
    'post_processor': {'type': 'TemplateProcessing',
        'single': [{'SpecialToken': {'id': '[CLS]', 'type_id': 0}}, {'Sequence': {'id': 'A', 'type_id': 0}}, {'SpecialToken': {'id': '[SEP]', 'type_id': 0}}],
        'pair': [{'SpecialToken': {'id': '[CLS]', 'type_id': 0}}, {'Sequence': {'id': 'A', 'type_id': 0}}, {'SpecialToken': {'id': '[SEP]', 'type_id': 0}},
                 {'Sequence': {'id': 'B', 'type_id': 1}}, {'SpecialToken': {'id': '[SEP]', 'type_id': 1}}],
        'special_tokens': {'[CLS]': {'id': '[CLS]', 'ids': [vocab['[CLS]']], 'tokens': ['[CLS]']},
                           '[SEP]': {'id': '[SEP]', 'ids': [vocab['[SEP]']], 'tokens': ['[SEP]']}}},
    'decoder': {'type': 'WordPiece', 'prefix': '##', 'cleanup': True},
    'model': {'type': 'WordPiece', 'unk_token': '[UNK]', 'continuing_subword_prefix': '##', 'max_input_chars_per_word': 100, 'vocab': vocab},
}
json.dump(tok, open(os.path.join(OUT, 'tokenizer.json'), 'w'), ensure_ascii=False)
print('wrote', OUT, os.path.getsize(os.path.join(OUT, 'onnx', 'model.onnx')), 'bytes')
