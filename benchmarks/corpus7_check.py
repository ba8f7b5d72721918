"""Check corpus7_truth.md keys against the copied files in .cache/corpus7."""
import json, re, os, sys
ROOT='/work/main'
corp=json.load(open(f'{ROOT}/benchmarks/corpus7.json'))
files={f"{s['slug']}/{f}" for s in corp['sources'] for f in s['files']}
bad=0; n=0
for line in open(f'{ROOT}/benchmarks/corpus7_truth.md'):
    m=re.match(r'\| `([^`]+)` \| (BUG|LEGIT) \| (.*) \|$', line.rstrip('\n'))
    if not m: continue
    n+=1; key,verdict,reason=m.groups()
    km=re.match(r'(.+?):(?:cell_(\d+):)?(\d+):(INI\d{3})$', key)
    if not km: print('BADKEY',key); bad+=1; continue
    path,cell,ln,code=km.groups(); ln=int(ln)
    if path not in files: print('NOT IN JSON',key); bad+=1
    p=f'{ROOT}/.cache/corpus7/{path}'
    if not os.path.exists(p): print('MISSING',key); bad+=1; continue
    if path.endswith('.ipynb'):
        if cell is None: print('NB WITHOUT CELL',key); bad+=1; continue
        nb=json.load(open(p)); codes=[(i,c) for i,c in enumerate(nb['cells'],1) if c['cell_type']=='code']
        k=int(cell)
        if k>len(codes): print('NO CELL',key); bad+=1; continue
        alln,c=codes[k-1]; s=c['source']; s=''.join(s) if isinstance(s,list) else s
        lines=s.splitlines()
        if not 1<=ln<=len(lines): print('LINE OUT',key); bad+=1
        mm=re.match(r'nb\[all (\d+)\]', reason)
        if not mm or int(mm.group(1))!=alln: print('NB ALL MISMATCH',key,alln); bad+=1
    else:
        if cell is not None: print('CELL ON PY',key); bad+=1
        lines=open(p,encoding='utf-8',errors='replace').read().splitlines()
        if not 1<=ln<=len(lines): print('LINE OUT',key); bad+=1
print(f'{n} rows checked, {bad} problems'); sys.exit(1 if bad else 0)
