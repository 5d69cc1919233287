import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ATTACHMENT_KINDS, type AttachmentKind } from '@cqo/contracts';

export class AttachmentUploadQuery {
  @ApiProperty({
    enum: ATTACHMENT_KINDS,
    description:
      'appointment 任命/授权书, id-copy 身份证件, diploma 学历证书, title 职称证书, photo 1寸照片 (JPEG/PNG), registration-form 盖章登记表',
  })
  @IsIn(ATTACHMENT_KINDS)
  kind!: AttachmentKind;
}
