#!/usr/bin/env python3
"""Writes a Dutch (neutral) and English .resx pair from JSON {key: [nl, en]} on stdin.
usage: scripts/resx.py Features/Area/AreaText < strings.json  (then review both files)"""
import json, sys, html
base = sys.argv[1]
data = json.load(sys.stdin)
head = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''
for idx, suffix in ((0, ''), (1, '.en')):
    with open(base + suffix + '.resx', 'w') as f:
        f.write(head)
        for k, v in data.items():
            f.write(f'  <data name="{html.escape(k)}" xml:space="preserve"><value>{html.escape(v[idx], quote=False)}</value></data>\n')
        f.write('</root>\n')
