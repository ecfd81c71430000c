import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LearningModule } from '../learning/learning.module';
import { Certificate, CertificateLedgerEntry } from './certificate.entity';
import { CertificatesController } from './certificates.controller';
import { CertificatesService } from './certificates.service';

/**
 * Certificates anyone can verify (结业证书, 学时证明). On the top floor: it reads classes and the ledger, and hears of a
 * class closing or a ledger correction through domain events, inside their transactions.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Certificate, CertificateLedgerEntry]), LearningModule],
  controllers: [CertificatesController],
  providers: [CertificatesService],
  exports: [CertificatesService],
})
export class CertificatesModule {}
