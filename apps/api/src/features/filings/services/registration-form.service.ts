import { Injectable } from '@nestjs/common';
import {
  AlignmentType,
  Document,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { Readable } from 'node:stream';
import { getIndustry, regionName } from '@cqo/rules';
import { FieldCipher } from '../../../platform/crypto/field-cipher.service';
import type { Filing } from '../entities/filing.entity';
import { unseal } from '../filing-mapper';
import { EDUCATION_ZH, NATURE_ZH, SEX_ZH, SIZE_ZH } from '../filing-labels';

type Cell = {
  text: string;
  span?: number;
  label?: boolean;
  merge?: 'restart' | 'continue';
  minHeight?: number;
  image?: FormPhoto;
};

export interface FormPhoto {
  data: Buffer;
  type: 'jpg' | 'png';
}

/** A 1-inch photo (25 × 35 mm) in pixels at 96 dpi. */
const PHOTO_SIZE = { width: 95, height: 132 };

const FONT = 'SimSun';
const COLUMNS = 8;

/**
 * 广东省企业首席质量官基本信息登记表 as DOCX, row by row as in the source, for printing and
 * stamping. The uploaded photo fills the photo cell; without one the cell asks for it.
 */
@Injectable()
export class RegistrationFormService {
  constructor(private readonly cipher: FieldCipher) {}

  stream(filing: Filing, photo: FormPhoto | null = null, today = new Date()): Readable {
    const s = unseal(filing, this.cipher);
    const e = filing.enterprise;
    const c = filing.cqo;
    const industry = e.industryCode ? getIndustry(e.industryCode) : undefined;
    const person = (p: typeof e.legalRepresentative, mobile: string | null | undefined): Cell[] => [
      { text: p?.name ?? '' },
      { text: '手机', label: true },
      { text: mobile ?? '' },
      { text: '电话 传真', label: true },
      { text: [p?.phone, p?.fax].filter(Boolean).join(' / ') },
      { text: '职务', label: true },
      { text: p?.position ?? '' },
    ];
    const date = new Intl.DateTimeFormat('zh-CN', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    }).formatToParts(today);
    const part = (t: string) => date.find((p) => p.type === t)?.value ?? '';

    const rows: Cell[][] = [
      [
        { text: '单位名称', label: true },
        { text: e.name ?? '', span: 5 },
        photo
          ? { text: '', span: 2, merge: 'restart', image: photo }
          : { text: '一寸照片', span: 2, merge: 'restart', label: true },
      ],
      [
        { text: '所属地区', label: true },
        { text: regionName(e.regionCode ?? null), span: 2 },
        { text: '所属行业', label: true },
        { text: industry ? `${industry.name}（${industry.code}）` : '', span: 2 },
        { text: '', span: 2, merge: 'continue' },
      ],
      [
        { text: '单位性质', label: true },
        { text: e.nature ? NATURE_ZH[e.nature] : '', span: 2 },
        { text: '企业规模', label: true },
        { text: filing.enterpriseSize ? SIZE_ZH[filing.enterpriseSize] : '', span: 2 },
        { text: '', span: 2, merge: 'continue' },
      ],
      [
        { text: '主导产品及经营项目', label: true },
        { text: e.mainProducts ?? '', span: 7 },
      ],
      [
        { text: '申请人姓名', label: true },
        { text: c.name ?? '' },
        { text: '身份证号', label: true },
        { text: s.idNumber ?? '', span: 5 },
      ],
      [
        { text: '性别', label: true },
        { text: c.sex ? SEX_ZH[c.sex] : '' },
        { text: '出生日期', label: true },
        { text: c.birthDate ?? '' },
        { text: '学历', label: true },
        { text: c.education ? EDUCATION_ZH[c.education] : '', span: 3 },
      ],
      [
        { text: '毕业院校', label: true },
        { text: c.school ?? '' },
        { text: '专业', label: true },
        { text: c.major ?? '' },
        { text: '质量工作年限', label: true },
        {
          text: c.qualityYears !== undefined && c.qualityYears !== null ? String(c.qualityYears) : '',
          span: 3,
        },
      ],
      [
        { text: '现任职务', label: true },
        { text: c.position ?? '' },
        { text: '职称', label: true },
        { text: c.title ?? '' },
        { text: '联系电话', label: true },
        { text: c.phone ?? '', span: 3 },
      ],
      [
        { text: '手机', label: true },
        { text: s.mobile ?? '' },
        { text: '传真', label: true },
        { text: c.fax ?? '' },
        { text: 'Email', label: true },
        { text: c.email ?? '', span: 3 },
      ],
      [
        { text: '通讯地址', label: true },
        { text: c.address ?? '', span: 5 },
        { text: '邮编', label: true },
        { text: e.postcode ?? '' },
      ],
      [{ text: '单位负责人', label: true }, ...person(e.legalRepresentative, s.legalRepresentativeMobile)],
      [{ text: '单位质量负责人', label: true }, ...person(e.qualityLead, s.qualityLeadMobile)],
      [
        { text: '单位网址', label: true },
        { text: e.website ?? '', span: 3 },
        { text: '邮箱', label: true },
        { text: e.email ?? '', span: 3 },
      ],
      [
        { text: '申请人工作简历（注明质量管理经验、获奖情况）', label: true },
        { text: c.resume ?? '', span: 7, minHeight: 3000 },
      ],
      [
        { text: '单位推荐意见', label: true },
        {
          text: `我单位 ${c.name ?? '______'} 同志上述资料属实，同意推荐。\n\n（盖章）\n        年    月    日`,
          span: 7,
          minHeight: 1600,
        },
      ],
      [
        { text: '备注', label: true },
        {
          text: [c.remarks, c.otherPosts ? `兼任职务：${c.otherPosts}` : ''].filter(Boolean).join('\n'),
          span: 7,
        },
      ],
    ];

    const doc = new Document({
      creator: '珠海市企业首席质量官联盟平台',
      title: '广东省企业首席质量官基本信息登记表',
      styles: { default: { document: { run: { font: FONT, size: 21 } } } },
      sections: [
        {
          properties: { page: { margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } },
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              spacing: { after: 200 },
              children: [
                new TextRun({ text: '广东省企业首席质量官基本信息登记表', bold: true, size: 32, font: FONT }),
              ],
            }),
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              spacing: { after: 120 },
              children: [
                new TextRun({
                  text: `填写日期：${part('year')} 年 ${part('month')} 月 ${part('day')} 日`,
                  font: FONT,
                }),
              ],
            }),
            new Table({
              width: { size: 100, type: WidthType.PERCENTAGE },
              rows: rows.map((r) => this.row(r)),
            }),
            ...[
              '说明：1. 此表为广东省企业首席质量官任职资格审核及人才库信息采集的统一格式。',
              '2. 单位性质：国有企业、集体企业、合资企业、外资企业、有限责任公司、股份有限公司、私营企业、其他企业。',
              '3. 企业规模：大型、中型、小型、微型。',
              '4. “工作简历”一栏可另附页。',
              '5. 请附身份证、学历、职称复印件各 1 份，以及近期免冠小 1 寸相片 3 张。',
            ].map(
              (text) =>
                new Paragraph({
                  spacing: { before: 60 },
                  children: [new TextRun({ text, size: 18, font: FONT })],
                }),
            ),
          ],
        },
      ],
    });
    return Packer.toStream(doc) as unknown as Readable;
  }

  private row(cells: Cell[]): TableRow {
    const minHeight = Math.max(0, ...cells.map((c) => c.minHeight ?? 0));
    return new TableRow({
      height: minHeight ? { value: minHeight, rule: 'atLeast' } : { value: 480, rule: 'atLeast' },
      children: cells.map(
        (cell) =>
          new TableCell({
            columnSpan: cell.span ?? 1,
            width: { size: ((cell.span ?? 1) / COLUMNS) * 100, type: WidthType.PERCENTAGE },
            verticalAlign: VerticalAlignTable.CENTER,
            verticalMerge:
              cell.merge === 'restart'
                ? VerticalMergeType.RESTART
                : cell.merge === 'continue'
                  ? VerticalMergeType.CONTINUE
                  : undefined,
            children: cell.image
              ? [
                  new Paragraph({
                    alignment: AlignmentType.CENTER,
                    children: [
                      new ImageRun({
                        type: cell.image.type,
                        data: cell.image.data,
                        transformation: PHOTO_SIZE,
                      }),
                    ],
                  }),
                ]
              : cell.text.split('\n').map(
                  (line) =>
                    new Paragraph({
                      alignment: cell.label ? AlignmentType.CENTER : AlignmentType.LEFT,
                      children: [new TextRun({ text: line, bold: cell.label, font: FONT })],
                    }),
                ),
          }),
      ),
    });
  }
}
