import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBooleanString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ProvenanceDto } from '../../common/fact.dto';
import { PageMetaDto, PageQuery } from '../../common/pagination';
import { FACT_STATUSES, FactStatus } from '../../common/provenance';
import type { JurisdictionEntity } from '../jurisdiction.entity';

export class AdequacyDto {
  @ApiProperty({ enum: ['full', 'partial', 'none'] }) @IsIn(['full', 'partial', 'none']) scope!:
    'full' | 'partial' | 'none';
  @ApiPropertyOptional({ maxLength: 500 }) @IsOptional() @IsString() @MaxLength(500) limitation?: string;
  @ApiPropertyOptional({ maxLength: 1000 }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
  @ApiPropertyOptional({ type: ProvenanceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProvenanceDto)
  source?: ProvenanceDto;
}

export class CountryDesignationDto {
  @ApiProperty() value!: boolean;
  @ApiProperty() citation!: string;
  @ApiProperty({ enum: FACT_STATUSES }) status!: FactStatus;
  @ApiPropertyOptional({ type: ProvenanceDto }) source?: ProvenanceDto;
}

export class GovernmentAccessLawDto {
  @ApiProperty({ maxLength: 200, example: 'National Intelligence Law (2017), Art. 7' })
  @IsString()
  @MaxLength(200)
  name!: string;
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) citation?: string;
  @ApiProperty({ maxLength: 2000 }) @IsString() @MaxLength(2000) summary!: string;
  @ApiProperty({ enum: FACT_STATUSES }) @IsIn(FACT_STATUSES) status!: FactStatus;
  @ApiPropertyOptional({ type: ProvenanceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProvenanceDto)
  source?: ProvenanceDto;
}

export class UpdateJurisdictionDto {
  @ApiPropertyOptional({ type: AdequacyDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AdequacyDto)
  euAdequacy?: AdequacyDto;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  dataProtectionLaw?: string;

  @ApiPropertyOptional({ type: [GovernmentAccessLawDto], maxItems: 50 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => GovernmentAccessLawDto)
  governmentAccessLaws?: GovernmentAccessLawDto[];

  @ApiPropertyOptional({ type: [String], maxItems: 50 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  sanctionsPrograms?: string[];

  @ApiProperty({ description: 'The version you read; a stale version is refused with 409' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class JurisdictionQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['full', 'partial', 'none'] })
  @IsOptional()
  @IsIn(['full', 'partial', 'none'])
  euAdequacy?: string;
  @ApiPropertyOptional({ description: '28 CFR 202 country of concern' })
  @IsOptional()
  @IsBooleanString()
  countryOfConcern?: string;
  @ApiPropertyOptional({ description: 'EU/EEA member' }) @IsOptional() @IsBooleanString() eea?: string;
}

export class Alpha2Param {
  @ApiProperty({ example: 'CN' })
  @Matches(/^[A-Za-z]{2}$/, { message: 'alpha2 must be two letters' })
  alpha2!: string;
}

export class JurisdictionDto {
  @ApiProperty({ example: 'CN' }) alpha2!: string;
  @ApiProperty() alpha3!: string;
  @ApiProperty() numeric!: string;
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) officialName!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) region!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) subRegion!: string | null;
  @ApiProperty() euMember!: boolean;
  @ApiProperty() eeaMember!: boolean;
  @ApiPropertyOptional({ type: AdequacyDto, nullable: true, description: 'null for EU/EEA members' })
  euAdequacy!: AdequacyDto | null;
  @ApiProperty({ type: CountryDesignationDto, description: '28 CFR 202.601 country of concern' })
  dojCountryOfConcern!: CountryDesignationDto;
  @ApiProperty({ type: CountryDesignationDto, description: '15 CFR 791.4 foreign adversary' })
  foreignAdversary!: CountryDesignationDto;
  @ApiPropertyOptional({ type: String, nullable: true }) dataProtectionLaw!: string | null;
  @ApiProperty({ type: [GovernmentAccessLawDto] }) governmentAccessLaws!: GovernmentAccessLawDto[];
  @ApiProperty({ type: [String] }) sanctionsPrograms!: string[];
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static from(j: JurisdictionEntity): JurisdictionDto {
    return { ...j, updatedAt: j.updatedAt.toISOString() };
  }
}

export class JurisdictionPageDto extends PageMetaDto {
  @ApiProperty({ type: [JurisdictionDto] }) data!: JurisdictionDto[];
}
