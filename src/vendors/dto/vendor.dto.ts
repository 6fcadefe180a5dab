import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBooleanString,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  ALPHA2,
  ALPHA2_MESSAGE,
  AllegationDto,
  BooleanFactDto,
  CertificationDto,
  DataHandlingDto,
  DesignationDto,
  PublicBanDto,
} from '../../common/fact.dto';
import { PageMetaDto, PageQuery } from '../../common/pagination';
import type { VendorEntity } from '../vendor.entity';

export const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

export class CreateVendorDto {
  @ApiPropertyOptional({
    description: 'Stable lowercase identifier; derived from the name when absent',
    example: 'zhipu',
  })
  @IsOptional()
  @Matches(SLUG, { message: 'slug must be lowercase letters, digits and dashes' })
  slug?: string;

  @ApiProperty({ maxLength: 300, example: 'Zhipu AI (Z.ai)' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;

  @ApiPropertyOptional({ maxLength: 300, example: '北京智谱华章科技有限公司' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  nativeName?: string;

  @ApiPropertyOptional({ type: [String], maxItems: 50 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  aliases?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 30, example: ['z.ai', 'docs.z.ai', 'bigmodel.cn'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(/^[a-z0-9.-]+\.[a-z]{2,}(\/[A-Za-z0-9._~-]+)*$/i, {
    each: true,
    message: 'officialDomains must be hosts, optionally with a path prefix',
  })
  @MaxLength(200, { each: true })
  officialDomains?: string[];

  @ApiProperty({ example: 'CN', description: 'ISO 3166-1 alpha-2 of the headquarters' })
  @Matches(ALPHA2, { message: ALPHA2_MESSAGE })
  hqCountry!: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string;

  @ApiPropertyOptional({ type: [CertificationDto], maxItems: 50 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CertificationDto)
  certifications?: CertificationDto[];

  @ApiPropertyOptional({ type: DataHandlingDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => DataHandlingDto)
  dataHandling?: DataHandlingDto;

  @ApiPropertyOptional({ type: [DesignationDto], maxItems: 100 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => DesignationDto)
  designations?: DesignationDto[];

  @ApiPropertyOptional({ type: [PublicBanDto], maxItems: 200 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PublicBanDto)
  publicBans?: PublicBanDto[];

  @ApiPropertyOptional({ type: [AllegationDto], maxItems: 100 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AllegationDto)
  allegations?: AllegationDto[];

  @ApiPropertyOptional({ type: BooleanFactDto, description: 'Signatory of the EU GPAI Code of Practice' })
  @IsOptional()
  @ValidateNested()
  @Type(() => BooleanFactDto)
  gpaiCodeSignatory?: BooleanFactDto;
}

export class VersionDto {
  @ApiProperty({ description: 'The version you read; a stale version is refused with 409' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class UpdateVendorDto extends IntersectionType(
  PartialType(OmitType(CreateVendorDto, ['slug'] as const)),
  VersionDto,
) {}

export class VendorQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'HQ jurisdiction (ISO alpha-2)', example: 'CN' })
  @IsOptional()
  @Matches(ALPHA2, { message: ALPHA2_MESSAGE })
  hqCountry?: string;

  @ApiPropertyOptional({ description: 'Only vendors with (true) or without (false) an open-weights model' })
  @IsOptional()
  @IsBooleanString()
  openWeights?: string;

  @ApiPropertyOptional({
    description: 'Case-insensitive search in name, native name and aliases',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class VendorDto extends CreateVendorDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() declare slug: string;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static from(v: VendorEntity): VendorDto {
    return {
      id: v.id,
      slug: v.slug,
      name: v.name,
      nativeName: v.nativeName ?? undefined,
      aliases: v.aliases,
      officialDomains: v.officialDomains,
      hqCountry: v.hqCountry,
      website: v.website ?? undefined,
      certifications: v.certifications,
      dataHandling: v.dataHandling as DataHandlingDto,
      designations: v.designations,
      publicBans: v.publicBans,
      allegations: v.allegations,
      gpaiCodeSignatory: v.gpaiCodeSignatory as BooleanFactDto,
      version: v.version,
      createdAt: v.createdAt.toISOString(),
      updatedAt: v.updatedAt.toISOString(),
    };
  }
}

export class VendorPageDto extends PageMetaDto {
  @ApiProperty({ type: [VendorDto] }) data!: VendorDto[];
}
