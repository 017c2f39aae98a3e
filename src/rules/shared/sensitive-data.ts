/** Which data kinds named under `handles` are personal or payment data (GDPR Art. 30; PCI). */
const SENSITIVE = /(personal|payment|card|health|medical|patient|salary|payroll|bank)/i;

export function isSensitiveData(kind: string): boolean {
    return SENSITIVE.test(kind);
}
