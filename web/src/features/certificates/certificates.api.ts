import { api, type Schemas } from '../../app/http';
import { download } from '../../app/download';

export type Certificate = Schemas['CertificateDto'];
export type IssuedCertificate = Schemas['IssuedCertificateDto'];
export type VerifiedCertificate = Schemas['VerifiedCertificateDto'];
export type IssueCertificate = Schemas['IssueCertificateDto'];

export const myCertificates = () => api((c) => c.GET('/api/my/certificates'));
export const issueMyCertificate = (body: IssueCertificate) => api((c) => c.POST('/api/my/certificates', { body }));
export const issueCertificateFor = (userId: string, body: IssueCertificate) => api((c) => c.POST('/api/users/{id}/certificates', { params: { path: { id: userId } }, body }));
export const classCertificates = (classId: string) => api((c) => c.GET('/api/training-classes/{id}/certificates', { params: { path: { id: classId } } }));
export const revokeCertificate = (id: string, reason: string) => api((c) => c.POST('/api/certificates/{id}/revoke', { params: { path: { id } }, body: { reason } }));
export const verifyCertificate = (code: string) => api((c) => c.GET('/api/certificates/verify/{code}', { params: { path: { code } } }));

export const downloadCertificate = (id: string, filename: string) => download(`/api/certificates/${id}/pdf`, filename);
export const downloadClassCertificates = (classId: string, filename: string) => download(`/api/training-classes/${classId}/certificates.zip`, filename);

